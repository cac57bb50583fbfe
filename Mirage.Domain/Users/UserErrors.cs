using Mirage.Domain.Common;

namespace Mirage.Domain.Users;

/// <summary>The contract's error strings about users; clients show them to people verbatim.</summary>
public static class UserErrors
{
    public static readonly Error NotFound = new(ErrorKind.NotFound, "user not found");
    public static readonly Error AlreadyExists = new(ErrorKind.Conflict, "the user already exists");
}
