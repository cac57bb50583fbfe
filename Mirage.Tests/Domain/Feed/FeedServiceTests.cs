using Mirage.Domain.Feed;
using Mirage.Domain.Posts;
using Mirage.Tests.Builders;
using Moq;

namespace Mirage.Tests.Domain.Feed;

public sealed class FeedServiceTests
{
    private const long Me = 42;
    private static readonly IReadOnlyList<long> Followees = [7, 8];

    private Mock<IFeedRepository> _feed;
    private FeedService _service;

    [SetUp]
    public void SetUp()
    {
        _feed = new Mock<IFeedRepository>();
        _feed.Setup(f => f.FolloweeIdsAsync(Me, It.IsAny<CancellationToken>())).ReturnsAsync(Followees);
        GivenFollowed();
        GivenOthers();
        _feed.Setup(f => f.AtOrBeforeAsync(It.IsAny<long>(), It.IsAny<int>(), It.IsAny<CancellationToken>()))
            .ReturnsAsync((long maxId, int count, CancellationToken _) => Descending(maxId, count));
        _feed.Setup(f => f.HashtagsAfterAsync(It.IsAny<long>(), It.IsAny<CancellationToken>())).ReturnsAsync([]);
        _service = new FeedService(_feed.Object, new TrendingTopics(TestClock.Create()), TestCurrentUser.WithId(Me));
    }

    [Test]
    public async Task GetAsync_WhenFollowingNobody_AsksForTwentyFourPostsOfEveryoneButTheUser()
    {
        _feed.Setup(f => f.FolloweeIdsAsync(Me, It.IsAny<CancellationToken>())).ReturnsAsync([]);
        GivenOthers(Descending(900, 24));

        var feed = await _service.GetAsync(CancellationToken.None);

        Assert.That(feed.Posts, Has.Count.EqualTo(FeedService.Size));
        _feed.Verify(f => f.NewestByAsync(It.IsAny<IReadOnlyList<long>>(), It.IsAny<long>(), It.IsAny<int>(), It.IsAny<CancellationToken>()), Times.Never);
        _feed.Verify(f => f.NewestExceptAsync(It.Is<IReadOnlyList<long>>(ids => ids.SequenceEqual(new[] { Me })), It.IsAny<long>(), 24, It.IsAny<CancellationToken>()), Times.Once);
    }

    [TestCase(0, 24)]
    [TestCase(5, 19)]
    [TestCase(12, 12)]
    public async Task GetAsync_WithFollowees_FillsUpWithOthersExcludingFolloweesAndTheUser(int followedCount, int othersAsked)
    {
        GivenFollowed(Descending(1000, followedCount));

        await _service.GetAsync(CancellationToken.None);

        _feed.Verify(f => f.NewestByAsync(Followees, It.IsAny<long>(), FeedService.FollowedShare, It.IsAny<CancellationToken>()), Times.Once);
        _feed.Verify(
            f => f.NewestExceptAsync(It.Is<IReadOnlyList<long>>(ids => ids.Order().SequenceEqual(new[] { 7L, 8L, Me })), It.IsAny<long>(), othersAsked, It.IsAny<CancellationToken>()),
            Times.Once);
    }

    [Test]
    public async Task GetAsync_ReadsOnlyAWindowOfTheNewestPosts()
    {
        _feed.Setup(f => f.NewestPostIdAsync(It.IsAny<CancellationToken>())).ReturnsAsync(50_000);

        await _service.GetAsync(CancellationToken.None);

        _feed.Verify(f => f.NewestByAsync(Followees, 50_000 - FeedService.FollowedWindow, It.IsAny<int>(), It.IsAny<CancellationToken>()), Times.Once);
        _feed.Verify(f => f.NewestExceptAsync(It.IsAny<IReadOnlyList<long>>(), 50_000 - FeedService.OthersWindow, It.IsAny<int>(), It.IsAny<CancellationToken>()), Times.Once);
        _feed.Verify(f => f.HashtagsAfterAsync(50_000 - FeedService.TrendingWindow, It.IsAny<CancellationToken>()), Times.Once);
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

    private void GivenFollowed(IReadOnlyList<PostView>? posts = null) =>
        _feed.Setup(f => f.NewestByAsync(It.IsAny<IReadOnlyList<long>>(), It.IsAny<long>(), It.IsAny<int>(), It.IsAny<CancellationToken>())).ReturnsAsync(posts ?? []);

    private void GivenOthers(IReadOnlyList<PostView>? posts = null) =>
        _feed.Setup(f => f.NewestExceptAsync(It.IsAny<IReadOnlyList<long>>(), It.IsAny<long>(), It.IsAny<int>(), It.IsAny<CancellationToken>())).ReturnsAsync(posts ?? []);

    // What the repository returns: up to count posts with ids at or below maxId, newest first (ids start at 1).
    private static IReadOnlyList<PostView> Descending(long maxId, int count) =>
        PostViewBuilder.WithIds(Enumerable.Range(0, count).Select(i => maxId - i).Where(id => id >= 1));
}
