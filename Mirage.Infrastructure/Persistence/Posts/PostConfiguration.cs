using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using Mirage.Domain.Posts;
using Mirage.Domain.Users;

namespace Mirage.Infrastructure.Persistence.Posts;

public sealed class PostConfiguration : IEntityTypeConfiguration<Post>
{
    public void Configure(EntityTypeBuilder<Post> builder)
    {
        builder.ToTable("posts");
        builder.HasKey(p => p.Id);
        builder.Property(p => p.Id).HasColumnName("id");
        builder.Property(p => p.UserId).HasColumnName("user_id");
        builder.Property(p => p.Content).HasColumnName("content").HasMaxLength(Post.ContentStoredMaxLength);
        builder.Property(p => p.CreatedAt).HasColumnName("created_at");
        builder.Property(p => p.Upvotes).HasColumnName("upvotes");
        builder.Property(p => p.Downvotes).HasColumnName("downvotes");
        builder.Property(p => p.ReplyCount).HasColumnName("reply_count");

        // A user's posts, newest first: one index range.
        builder.HasIndex(p => new { p.UserId, p.Id });

        builder.HasOne<User>().WithMany().HasForeignKey(p => p.UserId).OnDelete(DeleteBehavior.Cascade);
    }
}
