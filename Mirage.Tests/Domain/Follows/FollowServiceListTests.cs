using Mirage.Domain.Common;
using Mirage.Domain.Follows;
using Mirage.Domain.Users;
using Mirage.Tests.Builders;
using Moq;

namespace Mirage.Tests.Domain.Follows;

public sealed class FollowServiceListTests
{
    private const long Bob = 7;
    private static readonly DateTime Start = TestClock.Start.UtcDateTime;

    private Mock<IFollowRepository> _follows;
    private FollowService _service;

    [SetUp]
    public void SetUp()
    {
        _follows = new Mock<IFollowRepository>();
        var users = new Mock<IUserRepository>();
        users.Setup(u => u.FindIdentityAsync("bob", It.IsAny<CancellationToken>())).ReturnsAsync(new UserIdentity(Bob, "Bob"));
        _service = new FollowService(_follows.Object, users.Object, Mock.Of<IListChanges>(), TestCurrentUser.WithId(42), TestClock.Create());
    }

    [Test]
    public async Task FollowersAsync_WhenRepositoryReturnsLimitPlusOneRows_KeepsLimitAndPointsNextAtTheLastKept()
    {
        var page = new PageRequest(2, new Cursor(Start.Ticks, 99));
        var rows = ThreeFollows();
        _follows.Setup(f => f.ListFollowersAsync(Bob, page, It.IsAny<CancellationToken>())).ReturnsAsync(rows);

        var result = await _service.FollowersAsync("Bob", page, CancellationToken.None);

        Assert.That(result.Value.Items, Is.EqualTo(rows.Take(2)));
        Assert.That(result.Value.Next, Is.EqualTo(new Cursor(Start.AddMinutes(-2).Ticks, 12)));
    }

    [Test]
    public async Task FollowersAsync_WhenRepositoryReturnsNoMoreThanTheLimit_HasNoNextCursor()
    {
        var rows = ThreeFollows();
        _follows.Setup(f => f.ListFollowersAsync(Bob, It.IsAny<PageRequest>(), It.IsAny<CancellationToken>())).ReturnsAsync(rows);

        var result = await _service.FollowersAsync("bob", PageRequest.First(3), CancellationToken.None);

        Assert.That(result.Value.Items, Is.EqualTo(rows));
        Assert.That(result.Value.Next, Is.Null);
    }

    [Test]
    public async Task FollowingAsync_WhenRepositoryReturnsLimitPlusOneRows_ListsWhomTheUserFollowsWithANextCursor()
    {
        var rows = ThreeFollows();
        _follows.Setup(f => f.ListFollowingAsync(Bob, It.IsAny<PageRequest>(), It.IsAny<CancellationToken>())).ReturnsAsync(rows);

        var result = await _service.FollowingAsync("bob", PageRequest.First(2), CancellationToken.None);

        Assert.That(result.Value.Items, Is.EqualTo(rows.Take(2)));
        Assert.That(result.Value.Next, Is.EqualTo(new Cursor(Start.AddMinutes(-2).Ticks, 12)));
        _follows.Verify(f => f.ListFollowersAsync(It.IsAny<long>(), It.IsAny<PageRequest>(), It.IsAny<CancellationToken>()), Times.Never);
    }

    [Test]
    public async Task FollowingAsync_WhenRepositoryReturnsFewerThanTheLimit_HasNoNextCursor()
    {
        var rows = ThreeFollows();
        _follows.Setup(f => f.ListFollowingAsync(Bob, It.IsAny<PageRequest>(), It.IsAny<CancellationToken>())).ReturnsAsync(rows);

        var result = await _service.FollowingAsync("bob", PageRequest.First(20), CancellationToken.None);

        Assert.That(result.Value.Items, Is.EqualTo(rows));
        Assert.That(result.Value.Next, Is.Null);
    }

    [Test]
    public async Task FollowersAsync_UnknownUser_ReturnsUserNotFoundWithoutListing()
    {
        var result = await _service.FollowersAsync("nobody", PageRequest.First(), CancellationToken.None);

        Assert.That(result.Error, Is.EqualTo(new Error(ErrorKind.NotFound, "user not found")));
        _follows.VerifyNoOtherCalls();
    }

    [Test]
    public async Task FollowingAsync_UnknownUser_ReturnsUserNotFoundWithoutListing()
    {
        var result = await _service.FollowingAsync("nobody", PageRequest.First(), CancellationToken.None);

        Assert.That(result.Error, Is.EqualTo(new Error(ErrorKind.NotFound, "user not found")));
        _follows.VerifyNoOtherCalls();
    }

    // Newest first, as the repository orders them; the user ids deliberately do not follow the time order.
    private static IReadOnlyList<FollowView> ThreeFollows() =>
    [
        new FollowViewBuilder().WithUserId(30).WithUsername("cat").WithFollowedAt(Start.AddMinutes(-1)).Build(),
        new FollowViewBuilder().WithUserId(12).WithUsername("dan").WithFollowedAt(Start.AddMinutes(-2)).Build(),
        new FollowViewBuilder().WithUserId(25).WithUsername("eve").WithFollowedAt(Start.AddMinutes(-3)).Build(),
    ];
}
