namespace Mirage.Domain.Sessions;

public interface ISessionRepository
{
    Task AddAsync(Session session, CancellationToken cancellationToken);

    Task<SessionIdentity?> FindByTokenHashAsync(string tokenHash, CancellationToken cancellationToken);

    /// <summary>When the session was opened (the sign-in), or <c>null</c> when it is gone.</summary>
    Task<DateTime?> FindCreatedAtAsync(Guid sessionId, CancellationToken cancellationToken);

    /// <summary>The user's sessions, newest first; not tracked.</summary>
    Task<IReadOnlyList<Session>> ListByUserAsync(long userId, CancellationToken cancellationToken);

    /// <returns><c>false</c> when the session was already gone (for instance, logged out concurrently).</returns>
    Task<bool> DeleteAsync(Guid sessionId, CancellationToken cancellationToken);

    /// <returns><c>false</c> when the user has no such session.</returns>
    Task<bool> DeleteOfUserAsync(long userId, Guid sessionId, CancellationToken cancellationToken);

    /// <summary>Deletes every session of the user except <paramref name="keep"/>, if given.</summary>
    /// <returns>How many sessions were deleted.</returns>
    Task<int> DeleteAllOfUserAsync(long userId, Guid? keep, CancellationToken cancellationToken);

    /// <summary>Deletes the user's sessions that expired by <paramref name="now"/> or were last seen before <paramref name="idleSince"/>.</summary>
    Task DeleteEndedOfUserAsync(long userId, DateTime now, DateTime idleSince, CancellationToken cancellationToken);

    Task UpdateLastSeenAsync(Guid sessionId, DateTime lastSeenAt, CancellationToken cancellationToken);
}
