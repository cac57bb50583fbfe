using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using Mirage.Domain.Rooms;
using Mirage.Domain.Users;

namespace Mirage.Infrastructure.Persistence.Rooms;

public sealed class RoomMemberConfiguration : IEntityTypeConfiguration<RoomMember>
{
    public void Configure(EntityTypeBuilder<RoomMember> builder)
    {
        builder.ToTable("room_members");

        // One row per (room, user), so joining twice changes nothing; also a room's members in user order.
        builder.HasKey(m => new { m.RoomId, m.UserId });
        builder.Property(m => m.RoomId).HasColumnName("room_id");
        builder.Property(m => m.UserId).HasColumnName("user_id");
        builder.Property(m => m.JoinedAt).HasColumnName("joined_at");

        // A user's rooms in order: one index range.
        builder.HasIndex(m => new { m.UserId, m.RoomId });

        builder.HasOne<Room>().WithMany().HasForeignKey(m => m.RoomId).OnDelete(DeleteBehavior.Cascade);
        builder.HasOne<User>().WithMany().HasForeignKey(m => m.UserId).OnDelete(DeleteBehavior.Cascade);
    }
}
