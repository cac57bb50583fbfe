using Mirage.Domain.Common;

namespace Mirage.Domain.Passwords;

/// <summary>The contract's error strings of a password check; clients show them to people verbatim.</summary>
public static class PasswordErrors
{
    public static readonly Error WrongPassword = new(ErrorKind.Unauthorized, "wrong password");

    /// <summary>A signed-in person got their own password wrong: not a reason to drop their session (401).</summary>
    public static readonly Error WrongCurrentPassword = new(ErrorKind.Forbidden, "wrong password");

    public const string TooManyAttempts = "too many failed attempts, try again later";

    public static Error LockedOut(TimeSpan retryAfter) => new(ErrorKind.TooManyRequests, TooManyAttempts, retryAfter);
}
