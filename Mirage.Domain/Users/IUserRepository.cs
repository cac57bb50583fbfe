namespace Mirage.Domain.Users;

/// <summary>Users as accounts: created, found by name or id, deleted, counted.</summary>
public interface IUserRepository
{
    /// <summary>Inserts the user and its stats in one transaction.</summary>
    /// <returns><c>false</c> when the username or email is already taken (the unique indexes decide).</returns>
    Task<bool> TryAddAsync(User user, CancellationToken cancellationToken);

    /// <summary>A cheap look before the expensive hash; the unique indexes remain the guarantee.</summary>
    Task<bool> ExistsAsync(string normalizedUsername, string normalizedEmail, CancellationToken cancellationToken);

    Task<UserIdentity?> FindIdentityAsync(string normalizedUsername, CancellationToken cancellationToken);

    /// <summary>The user with credentials, for sign-in; not tracked.</summary>
    Task<User?> FindByNormalizedUsernameAsync(string normalizedUsername, CancellationToken cancellationToken);

    /// <summary>The user with credentials; not tracked.</summary>
    Task<User?> FindByIdAsync(long userId, CancellationToken cancellationToken);

    /// <summary>Deletes the user; the database removes the stats and sessions with it.</summary>
    /// <returns><c>false</c> when the user was already gone.</returns>
    Task<bool> DeleteAsync(long userId, CancellationToken cancellationToken);

    Task<int> CountAsync(CancellationToken cancellationToken);
}
