using Microsoft.Extensions.Time.Testing;
using Mirage.Domain.Feed;
using Mirage.Tests.Builders;

namespace Mirage.Tests.Domain.Feed;

public sealed class TrendingTopicsTests
{
    private FakeTimeProvider _clock;
    private TrendingTopics _trending;
    private int _counts;

    [SetUp]
    public void SetUp()
    {
        _clock = TestClock.Create();
        _trending = new TrendingTopics(_clock);
        _counts = 0;
    }

    [Test]
    public async Task GetAsync_NamesTheThreeMostUsedTagsWithTiesBrokenAlphabetically()
    {
        var topics = await GetAsync("dotnet", "cats", "zebra", "cats", "apple", "dotnet", "cats", "zebra", "apple", "bee");

        Assert.That(topics, Is.EqualTo(new[] { "#cats", "#apple", "#dotnet" }));
    }

    [Test]
    public async Task GetAsync_WithFewerThanThreeTags_NamesEachOfThem()
    {
        Assert.That(await GetAsync("y", "x", "y"), Is.EqualTo(new[] { "#y", "#x" }));
    }

    [Test]
    public async Task GetAsync_WithNoRecentTags_HasNoTopics()
    {
        Assert.That(await GetAsync(), Is.Empty);
    }

    [Test]
    public async Task GetAsync_WithinTheLifetime_ShowsTheFirstCountWithoutCountingAgain()
    {
        await GetAsync("old");
        _clock.Advance(TrendingTopics.Lifetime - TimeSpan.FromMilliseconds(1));

        var topics = await GetAsync("new");

        Assert.That(topics, Is.EqualTo(new[] { "#old" }));
        Assert.That(_counts, Is.EqualTo(1));
    }

    [Test]
    public async Task GetAsync_OnceTheLifetimeHasPassed_CountsAgain()
    {
        await GetAsync("old");
        _clock.Advance(TrendingTopics.Lifetime);

        var topics = await GetAsync("new");

        Assert.That(topics, Is.EqualTo(new[] { "#new" }));
        Assert.That(_counts, Is.EqualTo(2));
    }

    [Test]
    public async Task GetAsync_WhileAnotherRequestCountsAgain_ShowsThePreviousCountAtOnce()
    {
        await GetAsync("old");
        _clock.Advance(TrendingTopics.Lifetime);
        var slowCount = new TaskCompletionSource<IReadOnlyList<string>>();
        var counting = _trending.GetAsync(_ => slowCount.Task, CancellationToken.None);

        var meanwhile = await GetAsync("other");
        slowCount.SetResult(["new"]);

        Assert.That(meanwhile, Is.EqualTo(new[] { "#old" }));
        Assert.That(await counting, Is.EqualTo(new[] { "#new" }));
        Assert.That(await GetAsync("later"), Is.EqualTo(new[] { "#new" }), "the finished count is shown from then on");
    }

    private Task<IReadOnlyList<string>> GetAsync(params string[] tags) =>
        _trending.GetAsync(
            _ =>
            {
                _counts++;
                return Task.FromResult<IReadOnlyList<string>>(tags);
            },
            CancellationToken.None);
}
