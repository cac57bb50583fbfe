using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using Mirage.Domain.Rooms;
using Mirage.Domain.Users;

namespace Mirage.Infrastructure.Persistence.Rooms;

public sealed class RoomLockoutConfiguration : IEntityTypeConfiguration<RoomLockout>
{
    public void Configure(EntityTypeBuilder<RoomLockout> builder)
    {
        builder.ToTable("room_lockouts");
        builder.HasKey(l => new { l.RoomId, l.UserId });
        builder.Property(l => l.RoomId).HasColumnName("room_id");
        builder.Property(l => l.UserId).HasColumnName("user_id");
        builder.Property(l => l.FailedCount).HasColumnName("failed_count");
        builder.Property(l => l.LockedUntil).HasColumnName("locked_until");
        builder.HasIndex(l => l.UserId);

        builder.HasOne<Room>().WithMany().HasForeignKey(l => l.RoomId).OnDelete(DeleteBehavior.Cascade);
        builder.HasOne<User>().WithMany().HasForeignKey(l => l.UserId).OnDelete(DeleteBehavior.Cascade);
    }
}
