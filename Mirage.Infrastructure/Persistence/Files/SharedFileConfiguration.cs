using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using Mirage.Domain.Files;
using Mirage.Domain.Rooms;
using Mirage.Domain.Users;

namespace Mirage.Infrastructure.Persistence.Files;

public sealed class SharedFileConfiguration : IEntityTypeConfiguration<SharedFile>
{
    public void Configure(EntityTypeBuilder<SharedFile> builder)
    {
        builder.ToTable("shared_files");
        builder.HasKey(f => f.Id);
        builder.Property(f => f.Id).HasColumnName("id").HasMaxLength(FileId.Length);
        builder.Property(f => f.RoomId).HasColumnName("room_id");
        builder.Property(f => f.UploaderId).HasColumnName("uploader_id");
        builder.Property(f => f.FileName).HasColumnName("file_name").HasMaxLength(SharedFile.FileNameMaxLength);
        builder.Property(f => f.ContentType).HasColumnName("content_type").HasMaxLength(SharedFile.ContentTypeMaxLength);
        builder.Property(f => f.Size).HasColumnName("size");
        builder.Property(f => f.CreatedAt).HasColumnName("created_at");
        builder.Property(f => f.ExpiresAt).HasColumnName("expires_at");

        // The sweep reads the expired files, soonest first. Rooms are never deleted; should one be, its files' rows
        // go with it (a directory store's bytes then stay until removed by hand).
        builder.HasIndex(f => f.ExpiresAt);
        builder.HasIndex(f => f.RoomId);
        builder.HasIndex(f => f.UploaderId);

        builder.HasOne<User>().WithMany().HasForeignKey(f => f.UploaderId).OnDelete(DeleteBehavior.Cascade);
        builder.HasOne<Room>().WithMany().HasForeignKey(f => f.RoomId).OnDelete(DeleteBehavior.Cascade);
    }
}
