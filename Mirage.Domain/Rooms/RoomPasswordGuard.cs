using Mirage.Domain.Common;
using Mirage.Domain.Observability;
using Mirage.Domain.Passwords;

namespace Mirage.Domain.Rooms;

/// <summary>
/// Checks a private room's password under the same lock-out policy as account passwords, counted per
/// (room, user): repeated wrong guesses lock that user out of that room for a while. A right password
/// under a weaker hash (an imported <see cref="LegacyRoomPassword"/>, or fewer iterations) replaces it.
/// </summary>
public class RoomPasswordGuard(
    IRoomLockoutStore lockouts,
    IRoomRepository rooms,
    PasswordService passwords,
    LockoutPolicy lockout,
    TimeProvider clock,
    MirageMetrics metrics)
{
    /// <returns><c>null</c> when the password is right; otherwise <see cref="RoomErrors.WrongPassword"/> or a lock-out.</returns>
    public async Task<Error?> CheckAsync(Room room, long userId, string password, CancellationToken cancellationToken)
    {
        var now = clock.GetUtcNow().UtcDateTime;
        if (await lockouts.FindLockedUntilAsync(room.Id, userId, cancellationToken) is { } lockedUntil && lockedUntil > now)
        {
            // Refused without hashing, even when the password would have been right.
            return PasswordErrors.LockedOut(lockedUntil - now);
        }

        var check = await VerifyAsync(room.PasswordHash, password, cancellationToken);
        if (check == PasswordCheck.Failed)
        {
            var failures = await lockouts.RecordFailureAsync(room.Id, userId, cancellationToken);
            if (lockout.LockUntil(failures, now) is { } until)
            {
                await lockouts.LockAsync(room.Id, userId, until, cancellationToken);
                metrics.LockedOut(LockoutScope.Room);
            }

            return RoomErrors.WrongPassword;
        }

        await lockouts.ResetAsync(room.Id, userId, cancellationToken);
        if (check == PasswordCheck.SuccessRehashNeeded)
        {
            await TryUpgradeHashAsync(room, password, cancellationToken);
        }

        return null;
    }

    private Task<PasswordCheck> VerifyAsync(string? passwordHash, string password, CancellationToken cancellationToken) => passwordHash switch
    {
        null => Task.FromResult(PasswordCheck.Failed),
        _ when LegacyRoomPassword.IsLegacy(passwordHash) => Task.FromResult(LegacyRoomPassword.Verify(passwordHash, password)),
        _ => passwords.VerifyAsync(passwordHash, password, cancellationToken),
    };

    // The password was right: a busy machine must not turn that into a refusal; the upgrade waits for the
    // next join. A legacy hash keeps the password the first backend compared (stripped), so the members who
    // typed it either way before still share one password; Mirage itself does not strip room passwords.
    private async Task TryUpgradeHashAsync(Room room, string password, CancellationToken cancellationToken)
    {
        var kept = LegacyRoomPassword.IsLegacy(room.PasswordHash!) ? LegacyRoomPassword.Effective(password) : password;
        try
        {
            await rooms.TryReplacePasswordHashAsync(room.Id, room.PasswordHash!, await passwords.HashAsync(kept, cancellationToken), cancellationToken);
        }
        catch (PasswordHashingBusyException)
        {
        }
    }
}
