using Mirage.Domain.Feed;
using Mirage.Domain.Posts;
using Mirage.Tests.Builders;
using Moq;

namespace Mirage.Tests.Domain.Feed;

public sealed class FeedServiceTests
{
    private const long Me = 42;

    private Mock<IFeedRepository> _feed;
    private IReadOnlyList<PostView> _followed;
    private IReadOnlyList<PostView> _others;
    private FeedService _service;

    [SetUp]
    public void SetUp()
    {
        _feed = new Mock<IFeedRepository>();
        GivenFollowed();
        GivenOthers();
        _feed.Setup(f => f.RecentAsync(It.IsAny<long>(), It.IsAny<int>(), It.IsAny<int>(), It.IsAny<int>(), It.IsAny<int>(), It.IsAny<CancellationToken>()))
            .ReturnsAsync(() => new RecentPosts(_followed, _others));
        _feed.Setup(f => f.AtOrBeforeAsync(It.IsAny<long>(), It.IsAny<int>(), It.IsAny<CancellationToken>()))
            .ReturnsAsync((long maxId, int count, CancellationToken _) => Descending(maxId, count));
        _feed.Setup(f => f.NewestHashtagsAsync(It.IsAny<int>(), It.IsAny<CancellationToken>())).ReturnsAsync([]);
        _service = new FeedService(_feed.Object, new TrendingTopics(TestClock.Create()), TestCurrentUser.WithId(Me));
    }

    [Test]
    public async Task GetAsync_WhenFollowingNobody_ShowsTwentyFourPostsOfEveryoneElseAndSixOlderOnes()
    {
        GivenOthers(Descending(900, 24));

        var feed = await _service.GetAsync(CancellationToken.None);

        Assert.That(feed.Posts, Has.Count.EqualTo(FeedService.Size));
        Assert.That(feed.Posts.Count(p => p.Id > 876), Is.EqualTo(24));
    }

    [TestCase(0, 24)]
    [TestCase(5, 19)]
    [TestCase(12, 12)]
    public async Task GetAsync_WithFollowees_FillsUpWithTheNewestOfEveryoneElse(int followedCount, int othersShown)
    {
        GivenFollowed(Descending(1000, followedCount));
        GivenOthers(Descending(900, 24));
        _feed.Setup(f => f.AtOrBeforeAsync(It.IsAny<long>(), It.IsAny<int>(), It.IsAny<CancellationToken>())).ReturnsAsync(Descending(6, 6));

        var feed = await _service.GetAsync(CancellationToken.None);

        var others = feed.Posts.Where(p => p.Id is <= 900 and > 876).Select(p => p.Id).ToList();
        Assert.That(others, Is.EqualTo(Enumerable.Range(0, othersShown).Select(i => 900L - i)), "the newest of everyone else's, as many as the followed leave room for");
        Assert.That(feed.Posts.Count(p => p.Id > 900), Is.EqualTo(followedCount));
    }

    [Test]
    public async Task GetAsync_AsksForEveryRecentPartWithinAWindowOfTheNewestPosts()
    {
        await _service.GetAsync(CancellationToken.None);

        _feed.Verify(
            f => f.RecentAsync(Me, FeedService.FollowedWindow, FeedService.FollowedShare, FeedService.OthersWindow, FeedService.Size - FeedService.OlderShare, It.IsAny<CancellationToken>()),
            Times.Once);
        _feed.Verify(f => f.NewestHashtagsAsync(FeedService.TrendingWindow, It.IsAny<CancellationToken>()), Times.Once);
    }

    [Test]
    public async Task GetAsync_OfTwoReadersWithinTheTrendingLifetime_CountsTheHashtagsOnce()
    {
        var trending = new TrendingTopics(TestClock.Create());
        _feed.Setup(f => f.NewestHashtagsAsync(It.IsAny<int>(), It.IsAny<CancellationToken>())).ReturnsAsync(["cats", "cats", "dogs"]);

        var first = await new FeedService(_feed.Object, trending, TestCurrentUser.WithId(1)).GetAsync(CancellationToken.None);
        var second = await new FeedService(_feed.Object, trending, TestCurrentUser.WithId(2)).GetAsync(CancellationToken.None);

        Assert.That(second.TrendingTopics, Is.EqualTo(first.TrendingTopics).And.EqualTo(new[] { "#cats", "#dogs" }));
        _feed.Verify(f => f.NewestHashtagsAsync(It.IsAny<int>(), It.IsAny<CancellationToken>()), Times.Once);
    }

    [Test]
    public async Task GetAsync_WhenRepositoriesReturnOverlappingPosts_ReturnsEachPostOnce()
    {
        GivenFollowed(Descending(100, 12));
        GivenOthers(Descending(95, 12));
        _feed.Setup(f => f.AtOrBeforeAsync(It.IsAny<long>(), It.IsAny<int>(), It.IsAny<CancellationToken>()))
            .ReturnsAsync(PostViewBuilder.WithIds([90, 85, 50, 50, 49]));

        var feed = await _service.GetAsync(CancellationToken.None);

        Assert.That(feed.Posts.Select(p => p.Id), Is.Unique);
        Assert.That(feed.Posts.Select(p => p.Id), Is.SupersetOf(Enumerable.Range(84, 17).Select(id => (long)id)));
    }

    [Test]
    public async Task GetAsync_WhenFewerOlderPostsExistThanWanted_ReturnsEachOfThemOnce()
    {
        GivenFollowed(Descending(27, 12));
        GivenOthers(Descending(15, 12));

        var feed = await _service.GetAsync(CancellationToken.None);

        Assert.That(feed.Posts.Select(p => p.Id), Is.EquivalentTo(Enumerable.Range(1, 27).Select(id => (long)id)));
    }

    [Test]
    public async Task GetAsync_WhenRepositoriesReturnMoreThanAsked_ReturnsAtMostThirtyPosts()
    {
        GivenFollowed(Descending(1000, 12));
        GivenOthers(Descending(900, 12));
        _feed.Setup(f => f.AtOrBeforeAsync(It.IsAny<long>(), It.IsAny<int>(), It.IsAny<CancellationToken>()))
            .ReturnsAsync((long maxId, int _, CancellationToken _) => Descending(maxId, 40));

        var feed = await _service.GetAsync(CancellationToken.None);

        Assert.That(feed.Posts, Has.Count.EqualTo(FeedService.Size));
    }

    [Test]
    public async Task GetAsync_TakesOlderPostsOnlyFromBelowTheOldestRecentPost()
    {
        GivenFollowed(Descending(600, 12));
        GivenOthers(Descending(520, 12));

        var feed = await _service.GetAsync(CancellationToken.None);

        _feed.Verify(f => f.AtOrBeforeAsync(It.Is<long>(id => id < 509), FeedService.OlderShare, It.IsAny<CancellationToken>()), Times.Once);
        _feed.Verify(f => f.AtOrBeforeAsync(It.Is<long>(id => id >= 509), It.IsAny<int>(), It.IsAny<CancellationToken>()), Times.Never);
        Assert.That(feed.Posts.Count(p => p.Id < 509), Is.EqualTo(FeedService.OlderShare));
    }

    [Test]
    public async Task GetAsync_ShowsRecentPostsNewestFirstWithAnOlderOneAfterEveryFour()
    {
        GivenFollowed(Descending(600, 12));
        GivenOthers(Descending(520, 12));

        var ids = (await _service.GetAsync(CancellationToken.None)).Posts.Select(p => p.Id).ToList();

        var olderAt = ids.Select((id, index) => (id, index)).Where(p => p.id < 509).Select(p => p.index);
        Assert.That(olderAt, Is.EqualTo(new[] { 4, 9, 14, 19, 24, 29 }));
        Assert.That(ids.Where(id => id >= 509), Is.Ordered.Descending);
    }

    [Test]
    public async Task GetAsync_WithNoRecentPosts_TakesOlderPostsUpToTheNewestPost()
    {
        _feed.Setup(f => f.NewestPostIdAsync(It.IsAny<CancellationToken>())).ReturnsAsync(10);

        var feed = await _service.GetAsync(CancellationToken.None);

        Assert.That(feed.Posts.Select(p => p.Id), Is.EquivalentTo(Enumerable.Range(1, 10).Select(id => (long)id)));
    }

    [Test]
    public async Task GetAsync_WithNoPostsAtAll_ReturnsAnEmptyFeedWithoutLookingForOlderPosts()
    {
        _feed.Setup(f => f.NewestPostIdAsync(It.IsAny<CancellationToken>())).ReturnsAsync(0);

        var feed = await _service.GetAsync(CancellationToken.None);

        Assert.That(feed.Posts, Is.Empty);
        _feed.Verify(f => f.AtOrBeforeAsync(It.IsAny<long>(), It.IsAny<int>(), It.IsAny<CancellationToken>()), Times.Never);
    }

    private void GivenFollowed(IReadOnlyList<PostView>? posts = null) => _followed = posts ?? [];

    private void GivenOthers(IReadOnlyList<PostView>? posts = null) => _others = posts ?? [];

    // What the repository returns: up to count posts with ids at or below maxId, newest first (ids start at 1).
    private static IReadOnlyList<PostView> Descending(long maxId, int count) =>
        PostViewBuilder.WithIds(Enumerable.Range(0, count).Select(i => maxId - i).Where(id => id >= 1));
}
