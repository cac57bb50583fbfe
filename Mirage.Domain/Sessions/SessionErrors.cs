using Mirage.Domain.Common;

namespace Mirage.Domain.Sessions;

public static class SessionErrors
{
    /// <summary>Also the answer for someone else's session, so ids of other people's sessions cannot be probed.</summary>
    public static readonly Error NotFound = new(ErrorKind.NotFound, "session not found");
}
