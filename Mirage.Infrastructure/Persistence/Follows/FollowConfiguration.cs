using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using Mirage.Domain.Follows;
using Mirage.Domain.Users;

namespace Mirage.Infrastructure.Persistence.Follows;

public sealed class FollowConfiguration : IEntityTypeConfiguration<Follow>
{
    public void Configure(EntityTypeBuilder<Follow> builder)
    {
        builder.ToTable("follows");
        builder.HasKey(f => new { f.FollowerId, f.FolloweeId });
        builder.Property(f => f.FollowerId).HasColumnName("follower_id");
        builder.Property(f => f.FolloweeId).HasColumnName("followee_id");
        builder.Property(f => f.CreatedAt).HasColumnName("created_at");

        // The two lists, newest first, are each one index range.
        builder.HasIndex(f => new { f.FolloweeId, f.CreatedAt, f.FollowerId });
        builder.HasIndex(f => new { f.FollowerId, f.CreatedAt, f.FolloweeId });

        builder.HasOne<User>().WithMany().HasForeignKey(f => f.FollowerId).OnDelete(DeleteBehavior.Cascade);
        builder.HasOne<User>().WithMany().HasForeignKey(f => f.FolloweeId).OnDelete(DeleteBehavior.Cascade);
    }
}
