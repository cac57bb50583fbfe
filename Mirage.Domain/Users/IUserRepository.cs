namespace Mirage.Domain.Users;

public interface IUserRepository
{
    /// <summary>Inserts the user and its stats in one transaction.</summary>
    /// <returns><c>false</c> when the username or email is already taken (the unique indexes decide).</returns>
    Task<bool> TryAddAsync(User user, CancellationToken cancellationToken);

    /// <summary>The user with credentials, for sign-in; not tracked.</summary>
    Task<User?> FindByNormalizedUsernameAsync(string normalizedUsername, CancellationToken cancellationToken);

    /// <summary>The user with stats, for display; not tracked.</summary>
    Task<User?> FindProfileByNormalizedUsernameAsync(string normalizedUsername, CancellationToken cancellationToken);

    /// <summary>The user with stats, for display; not tracked.</summary>
    Task<User?> FindProfileByIdAsync(long userId, CancellationToken cancellationToken);

    Task UpdatePasswordHashAsync(long userId, string passwordHash, CancellationToken cancellationToken);

    Task<int> CountAsync(CancellationToken cancellationToken);
}
