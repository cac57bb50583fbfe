using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using Mirage.Domain.DirectMessages;
using Mirage.Domain.Users;

namespace Mirage.Infrastructure.Persistence.DirectMessages;

public sealed class DirectMessageConfiguration : IEntityTypeConfiguration<DirectMessage>
{
    public void Configure(EntityTypeBuilder<DirectMessage> builder)
    {
        builder.ToTable("direct_messages");
        builder.HasKey(m => m.Id);

        // On SQLite an integer key is AUTOINCREMENT by EF's convention, so a deleted newest id is never handed out again.
        builder.Property(m => m.Id).HasColumnName("id");
        builder.Property(m => m.SenderId).HasColumnName("sender_id");
        builder.Property(m => m.RecipientId).HasColumnName("recipient_id");
        builder.Property(m => m.Message).HasColumnName("message").HasMaxLength(DirectMessage.MessageStoredMaxLength);
        builder.Property(m => m.CreatedAt).HasColumnName("created_at");

        // Each half of an inbox page (sent, received) is one index range, newest first; they also serve the counts.
        builder.HasIndex(m => new { m.SenderId, m.Id });
        builder.HasIndex(m => new { m.RecipientId, m.Id });

        // Deleting an account deletes the messages it sent and received.
        builder.HasOne<User>().WithMany().HasForeignKey(m => m.SenderId).OnDelete(DeleteBehavior.Cascade);
        builder.HasOne<User>().WithMany().HasForeignKey(m => m.RecipientId).OnDelete(DeleteBehavior.Cascade);
    }
}
