using Mirage.Domain.Feed;
using Mirage.Tests.Builders;
using Moq;

namespace Mirage.Tests.Domain.Feed;

public sealed class FeedServiceTrendingTests
{
    private Mock<IFeedRepository> _feed;
    private FeedService _service;

    [SetUp]
    public void SetUp()
    {
        _feed = new Mock<IFeedRepository>();
        _feed.Setup(f => f.FolloweeIdsAsync(It.IsAny<long>(), It.IsAny<CancellationToken>())).ReturnsAsync([]);
        _feed.Setup(f => f.NewestExceptAsync(It.IsAny<IReadOnlyList<long>>(), It.IsAny<long>(), It.IsAny<int>(), It.IsAny<CancellationToken>())).ReturnsAsync([]);
        _service = new FeedService(_feed.Object, TestCurrentUser.WithId(42));
    }

    [Test]
    public async Task GetAsync_TrendingTopics_AreTheThreeMostUsedTagsWithTiesBrokenAlphabetically()
    {
        GivenRecentHashtags("dotnet", "cats", "zebra", "cats", "apple", "dotnet", "cats", "zebra", "apple", "bee");

        var feed = await _service.GetAsync(CancellationToken.None);

        Assert.That(feed.TrendingTopics, Is.EqualTo(new[] { "#cats", "#apple", "#dotnet" }));
    }

    [Test]
    public async Task GetAsync_WithFewerThanThreeTags_NamesEachOfThem()
    {
        GivenRecentHashtags("y", "x", "y");

        var feed = await _service.GetAsync(CancellationToken.None);

        Assert.That(feed.TrendingTopics, Is.EqualTo(new[] { "#y", "#x" }));
    }

    [Test]
    public async Task GetAsync_WithNoRecentTags_HasNoTrendingTopics()
    {
        GivenRecentHashtags();

        var feed = await _service.GetAsync(CancellationToken.None);

        Assert.That(feed.TrendingTopics, Is.Empty);
    }

    private void GivenRecentHashtags(params string[] tags) =>
        _feed.Setup(f => f.HashtagsAfterAsync(It.IsAny<long>(), It.IsAny<CancellationToken>())).ReturnsAsync(tags);
}
