using Mirage.Domain.Common;

namespace Mirage.Domain.Accounts;

/// <summary>The contract's error strings for sign-in and sign-out; clients show them to people verbatim.</summary>
public static class AccountErrors
{
    public static readonly Error WrongPassword = new(ErrorKind.Unauthorized, "wrong password");
    public static readonly Error NoToken = new(ErrorKind.Invalid, "no token provided");
    public static readonly Error InvalidToken = new(ErrorKind.Unauthorized, "invalid token");
}
