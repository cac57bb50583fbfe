using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using Mirage.Domain.Posts;
using Mirage.Domain.Replies;
using Mirage.Domain.Users;

namespace Mirage.Infrastructure.Persistence.Replies;

public sealed class ReplyConfiguration : IEntityTypeConfiguration<Reply>
{
    public void Configure(EntityTypeBuilder<Reply> builder)
    {
        builder.ToTable("replies");
        builder.HasKey(r => r.Id);
        builder.Property(r => r.Id).HasColumnName("id");
        builder.Property(r => r.PostId).HasColumnName("post_id");
        builder.Property(r => r.UserId).HasColumnName("user_id");
        builder.Property(r => r.Content).HasColumnName("content").HasMaxLength(Post.ContentStoredMaxLength);
        builder.Property(r => r.CreatedAt).HasColumnName("created_at");

        // A post's replies in order: one index range.
        builder.HasIndex(r => new { r.PostId, r.Id });
        builder.HasIndex(r => r.UserId);

        builder.HasOne<Post>().WithMany().HasForeignKey(r => r.PostId).OnDelete(DeleteBehavior.Cascade);
        builder.HasOne<User>().WithMany().HasForeignKey(r => r.UserId).OnDelete(DeleteBehavior.Cascade);
    }
}
