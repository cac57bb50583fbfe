using Mirage.Domain.Profiles;

namespace Mirage.Domain.Users;

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

    /// <summary>The public profile with its stats, for display.</summary>
    Task<ProfileView?> FindProfileViewAsync(string normalizedUsername, CancellationToken cancellationToken);

    /// <summary>The user's own profile with its stats and email, for display.</summary>
    Task<OwnProfileView?> FindOwnProfileViewAsync(long userId, CancellationToken cancellationToken);

    /// <summary>The user with stats, for editing the profile; not tracked.</summary>
    Task<User?> FindProfileByIdAsync(long userId, CancellationToken cancellationToken);

    Task UpdatePasswordHashAsync(long userId, string passwordHash, CancellationToken cancellationToken);

    /// <summary>Sets the new hash and ends every other session of the user, in one transaction.</summary>
    /// <returns>How many other sessions ended.</returns>
    Task<int> ChangePasswordAsync(long userId, string passwordHash, Guid keepSession, CancellationToken cancellationToken);

    /// <summary>Counts one more failed password check, atomically.</summary>
    /// <returns>The consecutive failures now recorded.</returns>
    Task<int> RecordFailedLoginAsync(long userId, CancellationToken cancellationToken);

    Task LockAsync(long userId, DateTime until, CancellationToken cancellationToken);

    /// <summary>Clears the failure count and any lock, after a correct password.</summary>
    Task ResetFailedLoginsAsync(long userId, CancellationToken cancellationToken);

    Task UpdateProfileAsync(User user, CancellationToken cancellationToken);

    /// <summary>Deletes the user; the database removes the stats and sessions with it.</summary>
    /// <returns><c>false</c> when the user was already gone.</returns>
    Task<bool> DeleteAsync(long userId, CancellationToken cancellationToken);

    Task<int> CountAsync(CancellationToken cancellationToken);
}
