namespace Mirage.Domain.Rooms;

/// <summary>Wrong room passwords per (room, user), kept in the database so the lock holds across servers.</summary>
public interface IRoomLockoutStore
{
    Task<DateTime?> FindLockedUntilAsync(long roomId, long userId, CancellationToken cancellationToken);

    /// <summary>Counts one more wrong password, atomically.</summary>
    /// <returns>The consecutive failures now recorded.</returns>
    Task<int> RecordFailureAsync(long roomId, long userId, CancellationToken cancellationToken);

    Task LockAsync(long roomId, long userId, DateTime until, CancellationToken cancellationToken);

    /// <summary>Forgets the failures and any lock, after a right password.</summary>
    Task ResetAsync(long roomId, long userId, CancellationToken cancellationToken);
}
