using Mirage.Domain.Common;
using Mirage.Domain.Posts;
using Mirage.Domain.Users;
using Mirage.Tests.Builders;
using Moq;

namespace Mirage.Tests.Domain.Posts;

public sealed class PostServiceListTests
{
    private static readonly UserIdentity Bob = new(7, "Bob");

    private Mock<IPostRepository> _posts;
    private PostService _service;

    [SetUp]
    public void SetUp()
    {
        _posts = new Mock<IPostRepository>();
        var users = new Mock<IUserRepository>();
        users.Setup(u => u.FindIdentityAsync("bob", It.IsAny<CancellationToken>())).ReturnsAsync(Bob);
        _service = new PostService(_posts.Object, users.Object, Mock.Of<IListChanges>(), TestCurrentUser.WithId(42), TestClock.Create(), TestMetrics.Create());
    }

    [Test]
    public async Task ListByUserAsync_UnknownUser_ReturnsUserNotFoundWithoutListing()
    {
        var result = await _service.ListByUserAsync("nobody", PageRequest.First(), CancellationToken.None);

        Assert.That(result.Error, Is.EqualTo(new Error(ErrorKind.NotFound, "user not found")));
        _posts.VerifyNoOtherCalls();
    }

    [Test]
    public async Task ListByUserAsync_WhenRepositoryReturnsLimitPlusOneRows_PointsNextAtTheLastKeptPostId()
    {
        var page = new PageRequest(2, new Cursor(50, 50));
        var rows = PostViewBuilder.WithIds([40, 31, 29]);
        _posts.Setup(p => p.ListByUserAsync(Bob, page, It.IsAny<CancellationToken>())).ReturnsAsync(rows);

        var result = await _service.ListByUserAsync("Bob", page, CancellationToken.None);

        Assert.That(result.Value.Items.Select(p => p.Id), Is.EqualTo(new[] { 40L, 31L }));
        Assert.That(result.Value.Next, Is.EqualTo(new Cursor(31, 31)));
    }

    [Test]
    public async Task ListByUserAsync_WhenRepositoryReturnsExactlyTheLimit_HasNoNextCursor()
    {
        var rows = PostViewBuilder.WithIds([40, 31]);
        _posts.Setup(p => p.ListByUserAsync(Bob, It.IsAny<PageRequest>(), It.IsAny<CancellationToken>())).ReturnsAsync(rows);

        var result = await _service.ListByUserAsync("bob", PageRequest.First(2), CancellationToken.None);

        Assert.That(result.Value.Items, Is.EqualTo(rows));
        Assert.That(result.Value.Next, Is.Null);
    }
}
