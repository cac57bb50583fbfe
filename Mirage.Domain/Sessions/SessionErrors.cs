using Mirage.Domain.Common;

namespace Mirage.Domain.Sessions;

/// <summary>The contract's error strings about sessions and their tokens; clients show them to people verbatim.</summary>
public static class SessionErrors
{
    /// <summary>Also the answer for someone else's session, so ids of other people's sessions cannot be probed.</summary>
    public static readonly Error NotFound = new(ErrorKind.NotFound, "session not found");

    public static readonly Error NoToken = new(ErrorKind.Invalid, "no token provided");

    public static readonly Error InvalidToken = new(ErrorKind.Unauthorized, "invalid token");
}
