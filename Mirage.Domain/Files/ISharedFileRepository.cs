namespace Mirage.Domain.Files;

public interface ISharedFileRepository
{
    Task AddAsync(SharedFile file, CancellationToken cancellationToken);

    /// <summary>Records what streaming the bytes found out, and from when on the file is no longer served.</summary>
    Task CompleteAsync(string id, long size, string contentType, DateTime expiresAt, CancellationToken cancellationToken);

    /// <returns>The file, unless it is unknown or expired at <paramref name="now"/>.</returns>
    Task<SharedFile?> FindLiveAsync(string id, DateTime now, CancellationToken cancellationToken);

    /// <returns>Up to <paramref name="limit"/> ids of files expired at <paramref name="now"/>, soonest expired first.</returns>
    Task<IReadOnlyList<string>> ListExpiredAsync(DateTime now, int limit, CancellationToken cancellationToken);

    /// <summary>Up to <paramref name="limit"/> ids of the files <paramref name="uploaderId"/> shared.</summary>
    Task<IReadOnlyList<string>> ListByUploaderAsync(long uploaderId, int limit, CancellationToken cancellationToken);

    Task DeleteAsync(IReadOnlyCollection<string> ids, CancellationToken cancellationToken);
}
