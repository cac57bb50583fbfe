namespace Mirage.Domain.Accounts;

/// <summary>Stores a settings edit.</summary>
public interface IAccountSettingsStore
{
    /// <summary>
    /// Stores every change in one transaction, or none when the new email is taken; a new password hash
    /// ends every session of the user but <paramref name="keepSession"/>.
    /// </summary>
    /// <returns><c>null</c> when the user is gone.</returns>
    Task<SettingsSaved?> SaveAsync(long userId, SettingsChanges changes, Guid keepSession, CancellationToken cancellationToken);
}
