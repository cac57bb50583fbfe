using Mirage.Domain.Common;
using Mirage.Domain.Security;
using Mirage.Domain.Users;

namespace Mirage.Domain.Passwords;

/// <summary>
/// Checks a user's password under the per-account lock-out, which lives in the database so it
/// holds across server instances. Every password check (login, change, delete) goes through here.
/// </summary>
public class PasswordGuard(
    ILockoutStore lockoutStore,
    IPasswordStore passwordStore,
    PasswordService passwords,
    LockoutPolicy lockout,
    TimeProvider clock,
    ISecurityEvents events)
{
    /// <returns><c>null</c> when the password is right; otherwise <see cref="PasswordErrors.WrongPassword"/> or a lock-out.</returns>
    public async Task<Error?> CheckAsync(User user, string password, CancellationToken cancellationToken)
    {
        var now = clock.GetUtcNow().UtcDateTime;
        if (user.LockedUntil > now)
        {
            // Refused without hashing, even when the password would have been right.
            return PasswordErrors.LockedOut(user.LockedUntil.Value - now);
        }

        var check = await passwords.VerifyAsync(user.PasswordHash, password, cancellationToken);
        if (check == PasswordCheck.Failed)
        {
            var failures = await lockoutStore.RecordFailedLoginAsync(user.Id, cancellationToken);
            events.LoginFailed(user.Id, user.Username, failures);
            if (lockout.LockUntil(failures, now) is { } until)
            {
                await lockoutStore.LockAsync(user.Id, until, cancellationToken);
                events.LockedOut(user.Id, user.Username, until);
            }

            return PasswordErrors.WrongPassword;
        }

        if (user.FailedLoginCount > 0 || user.LockedUntil is not null)
        {
            await lockoutStore.ResetFailedLoginsAsync(user.Id, cancellationToken);
        }

        if (check == PasswordCheck.SuccessRehashNeeded)
        {
            await TryUpgradeHashAsync(user.Id, password, cancellationToken);
        }

        return null;
    }

    // The password was right: a busy machine must not turn that into a refusal. The upgrade waits for
    // the next login instead.
    private async Task TryUpgradeHashAsync(long userId, string password, CancellationToken cancellationToken)
    {
        try
        {
            await passwordStore.UpdatePasswordHashAsync(userId, await passwords.HashAsync(password, cancellationToken), cancellationToken);
        }
        catch (PasswordHashingBusyException)
        {
        }
    }
}
