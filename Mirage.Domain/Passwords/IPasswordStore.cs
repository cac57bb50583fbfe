namespace Mirage.Domain.Passwords;

/// <summary>Writes of a user's password hash.</summary>
public interface IPasswordStore
{
    /// <summary>Replaces the hash, e.g. with a stronger one of the same password.</summary>
    Task UpdatePasswordHashAsync(long userId, string passwordHash, CancellationToken cancellationToken);

    /// <summary>Sets the new hash and ends every other session of the user, in one transaction.</summary>
    /// <returns>How many other sessions ended.</returns>
    Task<int> ChangePasswordAsync(long userId, string passwordHash, Guid keepSession, CancellationToken cancellationToken);
}
