using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Mirage.Infrastructure.Persistence.Rooms;

public sealed class RoomCountsConfiguration : IEntityTypeConfiguration<RoomCounts>
{
    public void Configure(EntityTypeBuilder<RoomCounts> builder)
    {
        builder.ToTable("room_counts");
        builder.HasKey(c => c.Id);
        builder.Property(c => c.Id).HasColumnName("id").ValueGeneratedNever();
        builder.Property(c => c.PublicRooms).HasColumnName("public_rooms");

        // The row exists from the migration on, so creators only ever update it.
        builder.HasData(new RoomCounts { Id = RoomCounts.TheRow, PublicRooms = 0 });
    }
}
