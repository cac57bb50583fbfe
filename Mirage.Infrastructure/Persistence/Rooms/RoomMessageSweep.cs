using Microsoft.EntityFrameworkCore;
using Mirage.Domain.Common;

namespace Mirage.Infrastructure.Persistence.Rooms;

/// <summary>Deletes expired room messages, in batches so that no one delete holds the tables for long.</summary>
public sealed class RoomMessageSweep(MirageDbContext db, DatabaseWrites writes) : IExpirySweep
{
    public const int BatchSize = 1_000;

    public async Task<int> SweepAsync(DateTime now, CancellationToken cancellationToken)
    {
        var total = 0;
        int deleted;
        do
        {
            deleted = await writes.RunOnceAsync(
                turn => db.RoomMessages.Where(m => m.ExpiresAt <= now).OrderBy(m => m.ExpiresAt).Take(BatchSize).ExecuteDeleteAsync(turn),
                cancellationToken);
            total += deleted;
        }
        while (deleted == BatchSize);

        return total;
    }
}
