using Mirage.Domain.Common;
using Mirage.Domain.Files;
using Mirage.Domain.Passwords;
using Mirage.Domain.Security;
using Mirage.Domain.Sessions;
using Mirage.Domain.Users;

namespace Mirage.Domain.Accounts;

/// <summary>What a signed-in person can do to their own account: change the password, delete it.</summary>
public class AccountSettingsService(
    IUserRepository users,
    IPasswordStore passwordStore,
    PasswordService passwords,
    PasswordGuard guard,
    ICurrentUser currentUser,
    ISecurityEvents events,
    SharedFileRemoval sharedFiles,
    IListChanges lists)
{
    /// <returns>How many other sessions ended.</returns>
    public async Task<Result<int>> ChangePasswordAsync(string currentPassword, string newPassword, CancellationToken cancellationToken)
    {
        var user = await users.FindByIdAsync(currentUser.UserId, cancellationToken);
        if (user is null)
        {
            return UserErrors.NotFound;
        }

        if (await CheckPasswordAsync(user, currentPassword, cancellationToken) is { } refused)
        {
            return refused;
        }

        if (PasswordRules.Check(newPassword, user.Username) is { } weak)
        {
            return weak;
        }

        var revoked = await passwordStore.ChangePasswordAsync(user.Id, await passwords.HashAsync(newPassword, cancellationToken), currentUser.SessionId, cancellationToken);
        events.PasswordChanged(user.Id, revoked);
        return revoked;
    }

    /// <summary>Removes the user with their stats, every session and the files they shared; the name and email become free.</summary>
    public async Task<Result<string>> DeleteAccountAsync(string password, CancellationToken cancellationToken)
    {
        var user = await users.FindByIdAsync(currentUser.UserId, cancellationToken);
        if (user is null)
        {
            return UserErrors.NotFound;
        }

        if (await CheckPasswordAsync(user, password, cancellationToken) is { } refused)
        {
            return refused;
        }

        // Before the account: its rows would take the files' rows with them, but not bytes kept outside the database.
        await sharedFiles.DeleteUploadsOfAsync(user.Id, cancellationToken);
        if (!await users.DeleteAsync(user.Id, cancellationToken))
        {
            return UserErrors.NotFound;
        }

        events.AccountDeleted(user.Id, user.Username);

        // Its posts, replies, votes and follows went with it, from any list.
        await lists.AnyAsync();
        return user.Username;
    }

    private async Task<Error?> CheckPasswordAsync(User user, string password, CancellationToken cancellationToken)
    {
        var refused = await guard.CheckAsync(user, password, cancellationToken);
        return refused == PasswordErrors.WrongPassword ? PasswordErrors.WrongCurrentPassword : refused;
    }
}
