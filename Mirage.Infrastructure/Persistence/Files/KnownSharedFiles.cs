using Microsoft.Extensions.Caching.Memory;
using Mirage.Domain.Files;

namespace Mirage.Infrastructure.Persistence.Files;

/// <summary>
/// The shared files this process recently linked or served, as their rows said (name, type, expiry), so that
/// <see cref="SharedFileRepository"/> can still answer for them while the database is unavailable. Bounded
/// (<see cref="Capacity"/>): when full, a file is not remembered until older entries have been dropped, and a
/// file not remembered answers 503 during an outage, as before.
/// </summary>
public sealed class KnownSharedFiles : IDisposable
{
    /// <summary>Each entry holds a row of a few hundred bytes at most.</summary>
    public const int Capacity = 10_000;

    private readonly MemoryCache _files = new(new MemoryCacheOptions { SizeLimit = Capacity });

    public void Remember(SharedFile file) => _files.Set(file.Id, file, new MemoryCacheEntryOptions { Size = 1 });

    public void Forget(string id) => _files.Remove(id);

    public SharedFile? Find(string id) => _files.TryGetValue(id, out SharedFile? file) ? file : null;

    public void Dispose() => _files.Dispose();
}
