using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using Mirage.Domain.Rooms;
using Mirage.Domain.Users;

namespace Mirage.Infrastructure.Persistence.Rooms;

public sealed class RoomMessageConfiguration : IEntityTypeConfiguration<RoomMessage>
{
    public void Configure(EntityTypeBuilder<RoomMessage> builder)
    {
        builder.ToTable("room_messages");

        // Ids are never reused (identity on PostgreSQL, AUTOINCREMENT on SQLite): pollers ask for after=<id>.
        builder.HasKey(m => m.Id);
        builder.Property(m => m.Id).HasColumnName("id");
        builder.Property(m => m.RoomId).HasColumnName("room_id");
        builder.Property(m => m.UserId).HasColumnName("user_id");
        builder.Property(m => m.Message).HasColumnName("message").HasMaxLength(RoomMessage.MessageStoredMaxLength);
        builder.Property(m => m.CreatedAt).HasColumnName("created_at");
        builder.Property(m => m.ExpiresAt).HasColumnName("expires_at");

        // A room's messages in order, the newest or those after a poller's last id: one index range.
        builder.HasIndex(m => new { m.RoomId, m.Id });

        // The sweep finds the expired ones without reading the rest.
        builder.HasIndex(m => m.ExpiresAt);
        builder.HasIndex(m => m.UserId);

        builder.HasOne<Room>().WithMany().HasForeignKey(m => m.RoomId).OnDelete(DeleteBehavior.Cascade);
        builder.HasOne<User>().WithMany().HasForeignKey(m => m.UserId).OnDelete(DeleteBehavior.Cascade);
    }
}
