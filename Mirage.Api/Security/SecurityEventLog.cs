using Mirage.Domain.Observability;
using Mirage.Domain.Security;

namespace Mirage.Api.Security;

/// <summary>
/// Writes security events to the log with the user and the client address, never a password or token; and counts
/// the lock-outs and revoked sessions among them in <see cref="MirageMetrics"/>, without the user or address.
/// </summary>
public sealed partial class SecurityEventLog(ILogger<SecurityEventLog> logger, IHttpContextAccessor accessor, MirageMetrics metrics) : ISecurityEvents
{
    private string ClientAddress => accessor.HttpContext?.Connection.RemoteIpAddress?.ToString() ?? "unknown";

    public void LoginFailed(long userId, string username, int consecutiveFailures) =>
        LogLoginFailed(logger, userId, username, consecutiveFailures, ClientAddress);

    public void LockedOut(long userId, string username, DateTime until)
    {
        metrics.LockedOut(LockoutScope.Account);
        LogLockedOut(logger, userId, username, until, ClientAddress);
    }

    public void PasswordChanged(long userId, int otherSessionsRevoked)
    {
        metrics.SessionsRevoked(SessionEnd.PasswordChanged, otherSessionsRevoked);
        LogPasswordChanged(logger, userId, otherSessionsRevoked, ClientAddress);
    }

    public void SessionsRevoked(long userId, int count)
    {
        metrics.SessionsRevoked(SessionEnd.Revoked, count);
        LogSessionsRevoked(logger, userId, count, ClientAddress);
    }

    public void AccountDeleted(long userId, string username) =>
        LogAccountDeleted(logger, userId, username, ClientAddress);

    [LoggerMessage(EventId = 1001, Level = LogLevel.Warning, Message = "Failed login for user {UserId} ({Username}), {Failures} in a row, from {ClientAddress}")]
    private static partial void LogLoginFailed(ILogger logger, long userId, string username, int failures, string clientAddress);

    [LoggerMessage(EventId = 1002, Level = LogLevel.Warning, Message = "User {UserId} ({Username}) locked out until {Until:o} after failed logins from {ClientAddress}")]
    private static partial void LogLockedOut(ILogger logger, long userId, string username, DateTime until, string clientAddress);

    [LoggerMessage(EventId = 1003, Level = LogLevel.Information, Message = "User {UserId} changed their password; {Revoked} other sessions revoked; from {ClientAddress}")]
    private static partial void LogPasswordChanged(ILogger logger, long userId, int revoked, string clientAddress);

    [LoggerMessage(EventId = 1004, Level = LogLevel.Information, Message = "User {UserId} revoked {Count} sessions from {ClientAddress}")]
    private static partial void LogSessionsRevoked(ILogger logger, long userId, int count, string clientAddress);

    [LoggerMessage(EventId = 1005, Level = LogLevel.Information, Message = "User {UserId} ({Username}) deleted their account from {ClientAddress}")]
    private static partial void LogAccountDeleted(ILogger logger, long userId, string username, string clientAddress);
}
