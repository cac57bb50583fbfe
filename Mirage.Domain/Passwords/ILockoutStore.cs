namespace Mirage.Domain.Passwords;

/// <summary>The per-account lock-out state, kept in the database so it holds across server instances.</summary>
public interface ILockoutStore
{
    /// <summary>Counts one more failed password check, atomically.</summary>
    /// <returns>The consecutive failures now recorded.</returns>
    Task<int> RecordFailedLoginAsync(long userId, CancellationToken cancellationToken);

    Task LockAsync(long userId, DateTime until, CancellationToken cancellationToken);

    /// <summary>Clears the failure count and any lock, after a correct password.</summary>
    Task ResetFailedLoginsAsync(long userId, CancellationToken cancellationToken);
}
