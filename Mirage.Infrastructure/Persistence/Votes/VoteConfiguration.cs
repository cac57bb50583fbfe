using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using Mirage.Domain.Posts;
using Mirage.Domain.Users;
using Mirage.Domain.Votes;

namespace Mirage.Infrastructure.Persistence.Votes;

public sealed class VoteConfiguration : IEntityTypeConfiguration<Vote>
{
    public void Configure(EntityTypeBuilder<Vote> builder)
    {
        builder.ToTable("votes");
        builder.HasKey(v => new { v.UserId, v.PostId });
        builder.Property(v => v.UserId).HasColumnName("user_id");
        builder.Property(v => v.PostId).HasColumnName("post_id");
        builder.Property(v => v.Direction).HasColumnName("direction");
        builder.Property(v => v.CreatedAt).HasColumnName("created_at");

        builder.HasIndex(v => v.PostId);

        builder.HasOne<User>().WithMany().HasForeignKey(v => v.UserId).OnDelete(DeleteBehavior.Cascade);
        builder.HasOne<Post>().WithMany().HasForeignKey(v => v.PostId).OnDelete(DeleteBehavior.Cascade);
    }
}
