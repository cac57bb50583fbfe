using Mirage.Domain.Common;

namespace Mirage.Domain.Files;

/// <summary>Deletes expired shared files, bytes first, so no row is gone while its bytes remain.</summary>
public class FileExpirySweep(ISharedFileRepository files, IFileStore store) : IExpirySweep
{
    public const int BatchSize = 500;

    public async Task<int> SweepAsync(DateTime now, CancellationToken cancellationToken)
    {
        var deleted = 0;
        IReadOnlyList<string> expired;
        do
        {
            expired = await files.ListExpiredAsync(now, BatchSize, cancellationToken);
            foreach (var id in expired)
            {
                await store.DeleteAsync(id, cancellationToken);
            }

            await files.DeleteAsync(expired, cancellationToken);
            deleted += expired.Count;
        }
        while (expired.Count == BatchSize);

        return deleted;
    }
}
