using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using Mirage.Domain.DirectMessages;
using Mirage.Domain.Users;

namespace Mirage.Infrastructure.Persistence.DirectMessages;

public sealed class InboxReadConfiguration : IEntityTypeConfiguration<InboxRead>
{
    public void Configure(EntityTypeBuilder<InboxRead> builder)
    {
        builder.ToTable("inbox_reads");

        // One mark per user: the key is the user's id, not a generated one.
        builder.HasKey(r => r.UserId);
        builder.Property(r => r.UserId).HasColumnName("user_id").ValueGeneratedNever();
        builder.Property(r => r.LastReadMessageId).HasColumnName("last_read_message_id");

        builder.HasOne<User>().WithOne().HasForeignKey<InboxRead>(r => r.UserId).OnDelete(DeleteBehavior.Cascade);
    }
}
