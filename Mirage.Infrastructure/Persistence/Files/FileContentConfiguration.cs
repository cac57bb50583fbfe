using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using Mirage.Domain.Files;

namespace Mirage.Infrastructure.Persistence.Files;

public sealed class FileContentConfiguration : IEntityTypeConfiguration<FileContent>
{
    public void Configure(EntityTypeBuilder<FileContent> builder)
    {
        builder.ToTable("file_contents");
        builder.HasKey(c => c.Id);
        builder.Property(c => c.Id).HasColumnName("id").HasMaxLength(FileId.Length);
        builder.Property(c => c.Bytes).HasColumnName("bytes");

        // Bytes go with their file's row, also when the uploader's account is deleted.
        builder.HasOne<SharedFile>().WithOne().HasForeignKey<FileContent>(c => c.Id).OnDelete(DeleteBehavior.Cascade);
    }
}
