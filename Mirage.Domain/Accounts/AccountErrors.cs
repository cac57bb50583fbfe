using Mirage.Domain.Common;

namespace Mirage.Domain.Accounts;

/// <summary>The contract's error strings for accounts and sessions; clients show them to people verbatim.</summary>
public static class AccountErrors
{
    public static readonly Error WrongPassword = new(ErrorKind.Unauthorized, "wrong password");

    /// <summary>A signed-in person got their own password wrong: not a reason to drop their session (401).</summary>
    public static readonly Error WrongCurrentPassword = new(ErrorKind.Forbidden, "wrong password");
    public static readonly Error NoToken = new(ErrorKind.Invalid, "no token provided");
    public static readonly Error InvalidToken = new(ErrorKind.Unauthorized, "invalid token");

    public static Error LockedOut(TimeSpan retryAfter) =>
        new(ErrorKind.TooManyRequests, "too many failed attempts, try again later", retryAfter);
}
