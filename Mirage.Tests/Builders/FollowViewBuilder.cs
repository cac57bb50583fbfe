using Mirage.Domain.Follows;

namespace Mirage.Tests.Builders;

/// <summary>"bob" (user 2) in a followers or following list, followed at <see cref="TestClock.Start"/>.</summary>
public sealed class FollowViewBuilder
{
    private long _userId = 2;
    private string _username = "bob";
    private DateTime _followedAt = TestClock.Start.UtcDateTime;

    public FollowViewBuilder WithUserId(long userId) => Set(() => _userId = userId);

    public FollowViewBuilder WithUsername(string username) => Set(() => _username = username);

    public FollowViewBuilder WithFollowedAt(DateTime followedAt) => Set(() => _followedAt = followedAt);

    public FollowView Build() => new(_userId, _username, null, _followedAt);

    private FollowViewBuilder Set(Action change)
    {
        change();
        return this;
    }
}
