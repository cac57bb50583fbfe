using Microsoft.Extensions.Time.Testing;
using Mirage.Domain.Common;
using Mirage.Domain.Follows;
using Mirage.Domain.Users;
using Mirage.Tests.Builders;
using Moq;

namespace Mirage.Tests.Domain.Follows;

public sealed class FollowServiceTests
{
    private const long Me = 42;
    private const long Bob = 7;
    private static readonly Error UserNotFound = new(ErrorKind.NotFound, "user not found");

    private Mock<IListChanges> _lists;
    private Mock<IFollowRepository> _follows;
    private Mock<IUserRepository> _users;
    private FakeTimeProvider _clock;
    private FollowService _service;

    [SetUp]
    public void SetUp()
    {
        _lists = new Mock<IListChanges>();
        _follows = new Mock<IFollowRepository>();
        _users = new Mock<IUserRepository>();
        _clock = TestClock.Create();
        _users.Setup(u => u.FindIdentityAsync("bob", It.IsAny<CancellationToken>())).ReturnsAsync(new UserIdentity(Bob, "Bob"));
        _users.Setup(u => u.FindIdentityAsync("ann", It.IsAny<CancellationToken>())).ReturnsAsync(new UserIdentity(Me, "Ann"));
        _service = new FollowService(_follows.Object, _users.Object, _lists.Object, TestCurrentUser.WithId(Me), _clock);
    }

    [Test]
    public async Task FollowAsync_UnknownUser_ReturnsUserNotFoundAndWritesNothing()
    {
        var result = await _service.FollowAsync("nobody", CancellationToken.None);

        Assert.That(result.Error, Is.EqualTo(UserNotFound));
        _follows.VerifyNoOtherCalls();
    }

    [Test]
    public async Task FollowAsync_Yourself_ReturnsYouCannotFollowYourselfAndWritesNothing()
    {
        var result = await _service.FollowAsync("Ann", CancellationToken.None);

        Assert.That(result.Error, Is.EqualTo(new Error(ErrorKind.Invalid, "you cannot follow yourself")));
        _follows.VerifyNoOtherCalls();
    }

    [Test]
    public async Task FollowAsync_WhenTheTargetIsDeletedMeanwhile_ReturnsUserNotFound()
    {
        _users.SetupSequence(u => u.FindIdentityAsync("bob", It.IsAny<CancellationToken>()))
            .ReturnsAsync(new UserIdentity(Bob, "Bob"))
            .ReturnsAsync((UserIdentity?)null);
        _follows.Setup(f => f.TryAddAsync(It.IsAny<Follow>(), It.IsAny<CancellationToken>())).ReturnsAsync(false);

        var result = await _service.FollowAsync("bob", CancellationToken.None);

        Assert.That(result.Error, Is.EqualTo(new Error(ErrorKind.NotFound, "user not found")));
    }

    [Test]
    public async Task FollowAsync_WhenAlreadyFollowing_ReturnsAlreadyFollowing()
    {
        _follows.Setup(f => f.TryAddAsync(It.IsAny<Follow>(), It.IsAny<CancellationToken>())).ReturnsAsync(false);

        var result = await _service.FollowAsync("bob", CancellationToken.None);

        Assert.That(result.Error, Is.EqualTo(new Error(ErrorKind.Invalid, "already following")));
    }

    [Test]
    public async Task FollowAsync_WithNameInAnotherCase_AddsTheFollowNowAndReturnsTheNameAsRegistered()
    {
        Follow? added = null;
        _follows.Setup(f => f.TryAddAsync(It.IsAny<Follow>(), It.IsAny<CancellationToken>()))
            .Callback((Follow follow, CancellationToken _) => added = follow)
            .ReturnsAsync(true);
        _clock.Advance(TimeSpan.FromMinutes(3));

        var result = await _service.FollowAsync(" BOB ", CancellationToken.None);

        Assert.That(result.Value, Is.EqualTo("Bob"));
        Assert.That(added, Is.Not.Null);
        _lists.Verify(l => l.FollowAsync("me", "bob"), Times.Once);
        using (Assert.EnterMultipleScope())
        {
            Assert.That(added!.FollowerId, Is.EqualTo(Me));
            Assert.That(added.FolloweeId, Is.EqualTo(Bob));
            Assert.That(added.CreatedAt, Is.EqualTo(TestClock.Start.UtcDateTime.AddMinutes(3)));
        }
    }

    [Test]
    public async Task UnfollowAsync_WhenNotFollowing_ReturnsNotFollowingThisUser()
    {
        _follows.Setup(f => f.RemoveAsync(Me, Bob, It.IsAny<CancellationToken>())).ReturnsAsync(false);

        var result = await _service.UnfollowAsync("bob", CancellationToken.None);

        Assert.That(result.Error, Is.EqualTo(new Error(ErrorKind.Invalid, "not following this user")));
        _lists.VerifyNoOtherCalls();
    }

    [Test]
    public async Task UnfollowAsync_WhenFollowing_RemovesTheFollowAndReturnsTheNameAsRegistered()
    {
        _follows.Setup(f => f.RemoveAsync(Me, Bob, It.IsAny<CancellationToken>())).ReturnsAsync(true);

        var result = await _service.UnfollowAsync("BOB", CancellationToken.None);

        Assert.That(result.Value, Is.EqualTo("Bob"));
        _follows.Verify(f => f.RemoveAsync(Me, Bob, It.IsAny<CancellationToken>()), Times.Once);
        _lists.Verify(l => l.FollowAsync("me", "bob"), Times.Once);
    }

    [Test]
    public async Task UnfollowAsync_UnknownUser_ReturnsUserNotFoundAndWritesNothing()
    {
        var result = await _service.UnfollowAsync("nobody", CancellationToken.None);

        Assert.That(result.Error, Is.EqualTo(UserNotFound));
        _follows.VerifyNoOtherCalls();
    }

    [TestCase(true)]
    [TestCase(false)]
    public async Task IsFollowingAsync_KnownUser_ReturnsWhetherTheCallerFollowsThem(bool following)
    {
        _follows.Setup(f => f.ExistsAsync(Me, Bob, It.IsAny<CancellationToken>())).ReturnsAsync(following);

        var result = await _service.IsFollowingAsync("Bob", CancellationToken.None);

        Assert.That(result.Value, Is.EqualTo(following));
    }

    [Test]
    public async Task IsFollowingAsync_UnknownUser_ReturnsUserNotFound()
    {
        var result = await _service.IsFollowingAsync("nobody", CancellationToken.None);

        Assert.That(result.Error, Is.EqualTo(UserNotFound));
    }
}
