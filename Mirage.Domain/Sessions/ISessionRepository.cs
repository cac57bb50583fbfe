namespace Mirage.Domain.Sessions;

public interface ISessionRepository
{
    Task AddAsync(Session session, CancellationToken cancellationToken);

    Task<SessionIdentity?> FindByTokenHashAsync(string tokenHash, CancellationToken cancellationToken);

    /// <returns><c>false</c> when the session was already gone (for instance, logged out concurrently).</returns>
    Task<bool> DeleteAsync(Guid sessionId, CancellationToken cancellationToken);

    Task UpdateLastSeenAsync(Guid sessionId, DateTime lastSeenAt, CancellationToken cancellationToken);
}
