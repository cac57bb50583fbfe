using Mirage.Domain.Sessions;

namespace Mirage.Tests.Builders;

/// <summary>A live session of "ann", last seen at <see cref="TestClock.Start"/> and expiring 30 days later.</summary>
public sealed class SessionIdentityBuilder
{
    private Guid _sessionId = Guid.NewGuid();
    private long _userId = 1;
    private string _username = "ann";
    private DateTime _lastSeenAt = TestClock.Start.UtcDateTime;
    private DateTime _expiresAt = TestClock.Start.UtcDateTime.AddDays(30);

    public SessionIdentityBuilder WithSessionId(Guid sessionId) => Set(() => _sessionId = sessionId);

    public SessionIdentityBuilder WithUserId(long userId) => Set(() => _userId = userId);

    public SessionIdentityBuilder WithUsername(string username) => Set(() => _username = username);

    public SessionIdentityBuilder WithLastSeenAt(DateTime lastSeenAt) => Set(() => _lastSeenAt = lastSeenAt);

    public SessionIdentityBuilder WithExpiresAt(DateTime expiresAt) => Set(() => _expiresAt = expiresAt);

    public SessionIdentity Build() => new(_sessionId, _userId, _username, _lastSeenAt, _expiresAt);

    private SessionIdentityBuilder Set(Action change)
    {
        change();
        return this;
    }
}
