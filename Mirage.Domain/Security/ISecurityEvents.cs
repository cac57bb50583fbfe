namespace Mirage.Domain.Security;

/// <summary>
/// The audit trail of account security. Implementations add the client address; no method takes a
/// password or a token, so none can be logged.
/// </summary>
public interface ISecurityEvents
{
    void LoginFailed(long userId, string username, int consecutiveFailures);

    void LockedOut(long userId, string username, DateTime until);

    void PasswordChanged(long userId, int otherSessionsRevoked);

    void SessionsRevoked(long userId, int count);

    void AccountDeleted(long userId, string username);
}
