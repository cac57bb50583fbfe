namespace Mirage.Domain.Files;

/// <summary>
/// Deletes shared files in batches, bytes first, so no row is gone while its bytes remain: expired ones for the
/// sweep, and a deleted account's uploads (their rows would go with the account, their bytes would not).
/// </summary>
public class SharedFileRemoval(ISharedFileRepository files, IFileStore store)
{
    public const int BatchSize = 500;

    public Task<int> DeleteExpiredAsync(DateTime now, CancellationToken cancellationToken) =>
        DeleteAllAsync(() => files.ListExpiredAsync(now, BatchSize, cancellationToken), cancellationToken);

    public Task<int> DeleteUploadsOfAsync(long uploaderId, CancellationToken cancellationToken) =>
        DeleteAllAsync(() => files.ListByUploaderAsync(uploaderId, BatchSize, cancellationToken), cancellationToken);

    private async Task<int> DeleteAllAsync(Func<Task<IReadOnlyList<string>>> nextBatch, CancellationToken cancellationToken)
    {
        var deleted = 0;
        IReadOnlyList<string> batch;
        do
        {
            batch = await nextBatch();
            foreach (var id in batch)
            {
                await store.DeleteAsync(id, cancellationToken);
            }

            await files.DeleteAsync(batch, cancellationToken);
            deleted += batch.Count;
        }
        while (batch.Count == BatchSize);

        return deleted;
    }
}
