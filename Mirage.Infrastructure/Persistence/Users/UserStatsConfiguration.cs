using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using Mirage.Domain.Users;

namespace Mirage.Infrastructure.Persistence.Users;

public sealed class UserStatsConfiguration : IEntityTypeConfiguration<UserStats>
{
    /// <summary>
    /// The row's key and owner, a shadow property: the counters travel to every profile response, and
    /// the owner's id is not part of what they show. Query it with <c>EF.Property&lt;long&gt;(s, UserId)</c>.
    /// </summary>
    public const string UserId = nameof(UserId);

    public void Configure(EntityTypeBuilder<UserStats> builder)
    {
        builder.ToTable("user_profile");
        builder.Property<long>(UserId).HasColumnName("user_id");
        builder.HasKey(UserId);
        builder.Property(s => s.Followers).HasColumnName("followers");
        builder.Property(s => s.Following).HasColumnName("following");
        builder.Property(s => s.Posts).HasColumnName("posts");
        builder.Property(s => s.Upvotes).HasColumnName("upvotes");
        builder.Property(s => s.Downvotes).HasColumnName("downvotes");
    }
}
