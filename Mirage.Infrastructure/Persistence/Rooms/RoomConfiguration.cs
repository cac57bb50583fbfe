using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using Mirage.Domain.Rooms;
using Mirage.Domain.Users;

namespace Mirage.Infrastructure.Persistence.Rooms;

public sealed class RoomConfiguration : IEntityTypeConfiguration<Room>
{
    public void Configure(EntityTypeBuilder<Room> builder)
    {
        builder.ToTable("rooms");
        builder.HasKey(r => r.Id);
        builder.Property(r => r.Id).HasColumnName("id");
        builder.Property(r => r.Name).HasColumnName("name").HasMaxLength(Room.NameMaxLength);
        builder.Property(r => r.NormalizedName).HasColumnName("normalized_name").HasMaxLength(Room.NameMaxLength);
        builder.Property(r => r.IsPrivate).HasColumnName("is_private");
        builder.Property(r => r.PasswordHash).HasColumnName("password_hash").HasMaxLength(Room.PasswordHashMaxLength);
        builder.Property(r => r.CreatorId).HasColumnName("creator_id");
        builder.Property(r => r.CreatedAt).HasColumnName("created_at");

        // Names are unique ignoring case: the database decides between concurrent creators.
        builder.HasIndex(r => r.NormalizedName).IsUnique();

        // The public rooms in order: one index range.
        builder.HasIndex(r => new { r.IsPrivate, r.Id });

        // The room outlives its creator's account.
        builder.HasOne<User>().WithMany().HasForeignKey(r => r.CreatorId).OnDelete(DeleteBehavior.SetNull);
    }
}
