using Mirage.Domain.Common;
using Mirage.Domain.Passwords;

namespace Mirage.Domain.Rooms;

/// <summary>
/// Checks a private room's password under the same lock-out policy as account passwords, counted per
/// (room, user): repeated wrong guesses lock that user out of that room for a while.
/// </summary>
public class RoomPasswordGuard(IRoomLockoutStore lockouts, PasswordService passwords, LockoutPolicy lockout, TimeProvider clock)
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

        if (room.PasswordHash is null || await passwords.VerifyAsync(room.PasswordHash, password, cancellationToken) == PasswordCheck.Failed)
        {
            var failures = await lockouts.RecordFailureAsync(room.Id, userId, cancellationToken);
            if (lockout.LockUntil(failures, now) is { } until)
            {
                await lockouts.LockAsync(room.Id, userId, until, cancellationToken);
            }

            return RoomErrors.WrongPassword;
        }

        await lockouts.ResetAsync(room.Id, userId, cancellationToken);
        return null;
    }
}
