using Mirage.Domain.Sessions;

namespace Mirage.Tests.Builders;

/// <summary>A stored session of user 1, created and last seen at <see cref="TestClock.Start"/>, ending 30 days later.</summary>
public sealed class SessionBuilder
{
    private Guid _id = Guid.NewGuid();
    private long _userId = 1;
    private DateTime _createdAt = TestClock.Start.UtcDateTime;
    private DateTime _lastSeenAt = TestClock.Start.UtcDateTime;
    private DateTime _expiresAt = TestClock.Start.UtcDateTime.AddDays(30);
    private string? _userAgent = "Mozilla/5.0 (X11; Linux x86_64) Firefox/140.0";

    public SessionBuilder WithId(Guid id) => Set(() => _id = id);

    public SessionBuilder WithUserId(long userId) => Set(() => _userId = userId);

    public SessionBuilder WithCreatedAt(DateTime createdAt) => Set(() => _createdAt = createdAt);

    public SessionBuilder WithLastSeenAt(DateTime lastSeenAt) => Set(() => _lastSeenAt = lastSeenAt);

    public SessionBuilder WithExpiresAt(DateTime expiresAt) => Set(() => _expiresAt = expiresAt);

    public SessionBuilder WithUserAgent(string? userAgent) => Set(() => _userAgent = userAgent);

    public Session Build() => new()
    {
        Id = _id,
        UserId = _userId,
        TokenHash = new string('0', Session.TokenHashLength),
        CreatedAt = _createdAt,
        LastSeenAt = _lastSeenAt,
        ExpiresAt = _expiresAt,
        UserAgent = _userAgent,
    };

    private SessionBuilder Set(Action change)
    {
        change();
        return this;
    }
}
