using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using Mirage.Domain.Users;

namespace Mirage.Infrastructure.Persistence.Users;

public sealed class UserStatsConfiguration : IEntityTypeConfiguration<UserStats>
{
    public void Configure(EntityTypeBuilder<UserStats> builder)
    {
        builder.ToTable("user_profile");
        builder.HasKey(s => s.UserId);
        builder.Property(s => s.UserId).HasColumnName("user_id");
        builder.Property(s => s.Followers).HasColumnName("followers");
        builder.Property(s => s.Following).HasColumnName("following");
        builder.Property(s => s.Posts).HasColumnName("posts");
        builder.Property(s => s.Upvotes).HasColumnName("upvotes");
        builder.Property(s => s.Downvotes).HasColumnName("downvotes");
    }
}
