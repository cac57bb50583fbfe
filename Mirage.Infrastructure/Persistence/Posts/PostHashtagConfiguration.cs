using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using Mirage.Domain.Posts;

namespace Mirage.Infrastructure.Persistence.Posts;

public sealed class PostHashtagConfiguration : IEntityTypeConfiguration<PostHashtag>
{
    public void Configure(EntityTypeBuilder<PostHashtag> builder)
    {
        builder.ToTable("post_hashtags");
        builder.HasKey(h => new { h.PostId, h.Tag });
        builder.Property(h => h.PostId).HasColumnName("post_id");
        builder.Property(h => h.Tag).HasColumnName("tag").HasMaxLength(PostHashtag.TagMaxLength);

        builder.HasOne<Post>().WithMany().HasForeignKey(h => h.PostId).OnDelete(DeleteBehavior.Cascade);
    }
}
