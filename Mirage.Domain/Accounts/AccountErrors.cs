using Mirage.Domain.Common;

namespace Mirage.Domain.Accounts;

/// <summary>The contract's error strings about editing one's account; clients show them to people verbatim.</summary>
public static class AccountErrors
{
    public static readonly Error NoFieldsToUpdate = new(ErrorKind.Invalid, "no fields to update");

    public static readonly Error EmailTaken = new(ErrorKind.Conflict, "email already taken");

    /// <summary>A stolen token alone cannot take the account over: a new password needs a fresh sign-in.</summary>
    public static readonly Error SignInAgain = new(ErrorKind.Forbidden, "log in again to change your password");
}
