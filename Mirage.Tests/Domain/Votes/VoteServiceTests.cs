using Microsoft.Extensions.Time.Testing;
using Mirage.Domain.Common;
using Mirage.Domain.Posts;
using Mirage.Domain.Users;
using Mirage.Domain.Votes;
using Mirage.Tests.Builders;
using Moq;

namespace Mirage.Tests.Domain.Votes;

public sealed class VoteServiceTests
{
    private const long Me = 42;
    private const long Author = 7;
    private const long PostId = 5;
    private static readonly Error PostNotFound = new(ErrorKind.NotFound, "post not found");

    private Mock<IListChanges> _lists;

    private Mock<IVoteRepository> _votes;
    private Mock<IPostRepository> _posts;
    private FakeTimeProvider _clock;
    private VoteService _service;

    [SetUp]
    public void SetUp()
    {
        _lists = new Mock<IListChanges>();
        _votes = new Mock<IVoteRepository>();
        _posts = new Mock<IPostRepository>();
        _clock = TestClock.Create();
        _posts.Setup(p => p.FindAuthorAsync(PostId, It.IsAny<CancellationToken>())).ReturnsAsync(new UserIdentity(Author, "Ann"));
        _service = new VoteService(_votes.Object, _posts.Object, _lists.Object, TestCurrentUser.WithId(Me), _clock, TestMetrics.Create());
    }

    [Test]
    public async Task VoteAsync_UnknownPost_ReturnsPostNotFoundWithoutVoting()
    {
        var result = await _service.VoteAsync(404, VoteDirection.Up, CancellationToken.None);

        Assert.That(result.Error, Is.EqualTo(PostNotFound));
        _votes.VerifyNoOtherCalls();
    }

    [Test]
    public async Task VoteAsync_OnOwnPost_ReturnsForbiddenWithoutVoting()
    {
        _posts.Setup(p => p.FindAuthorAsync(9, It.IsAny<CancellationToken>())).ReturnsAsync(new UserIdentity(Me, "me"));

        var result = await _service.VoteAsync(9, VoteDirection.Up, CancellationToken.None);

        Assert.That(result.Error, Is.EqualTo(new Error(ErrorKind.Forbidden, "cannot vote on your own post")));
        _votes.VerifyNoOtherCalls();
    }

    [TestCase(VoteOutcome.Counted)]
    [TestCase(VoteOutcome.Moved)]
    public async Task VoteAsync_WhenCountedOrMoved_SucceedsAndDropsTheAuthorsListedPosts(VoteOutcome outcome)
    {
        GivenCast(outcome);

        var result = await _service.VoteAsync(PostId, VoteDirection.Up, CancellationToken.None);

        Assert.That(result.Value, Is.EqualTo(outcome));
        _lists.Verify(l => l.PostsOfAsync("ann"), Times.Once);
    }

    [Test]
    public async Task VoteAsync_SameWayTwice_ReturnsAlreadyVotedThisWayAndChangesNoList()
    {
        GivenCast(VoteOutcome.AlreadyVotedThisWay);

        var result = await _service.VoteAsync(PostId, VoteDirection.Down, CancellationToken.None);

        Assert.That(result.Error, Is.EqualTo(new Error(ErrorKind.Invalid, "already voted this way")));
        _lists.VerifyNoOtherCalls();
    }

    [Test]
    public async Task VoteAsync_WhenPostDeletedMeanwhile_ReturnsPostNotFound()
    {
        GivenCast(VoteOutcome.PostGone);

        var result = await _service.VoteAsync(PostId, VoteDirection.Up, CancellationToken.None);

        Assert.That(result.Error, Is.EqualTo(PostNotFound));
    }

    [Test]
    public async Task VoteAsync_WhenTheVotersAccountIsDeletedMeanwhile_ReturnsUserNotFound()
    {
        GivenCast(VoteOutcome.VoterGone);

        var result = await _service.VoteAsync(PostId, VoteDirection.Up, CancellationToken.None);

        Assert.That(result.Error?.Message, Is.EqualTo("user not found"));
    }

    [Test]
    public async Task VoteAsync_CastsTheCallersVoteInTheGivenDirectionForTheAuthorNow()
    {
        GivenCast(VoteOutcome.Counted);
        _clock.Advance(TimeSpan.FromHours(1));

        await _service.VoteAsync(PostId, VoteDirection.Down, CancellationToken.None);

        _votes.Verify(
            v => v.CastAsync(Me, PostId, Author, VoteDirection.Down, TestClock.Start.UtcDateTime.AddHours(1), It.IsAny<CancellationToken>()),
            Times.Once);
    }

    [Test]
    public async Task WithdrawAsync_WithoutAVote_ReturnsNoVoteToWithdraw()
    {
        _votes.Setup(v => v.WithdrawAsync(Me, PostId, Author, It.IsAny<CancellationToken>())).ReturnsAsync(false);

        var result = await _service.WithdrawAsync(PostId, CancellationToken.None);

        Assert.That(result.Error, Is.EqualTo(new Error(ErrorKind.Invalid, "no vote to withdraw")));
    }

    [Test]
    public async Task WithdrawAsync_WithAVote_WithdrawsItDropsTheAuthorsListedPostsAndReturnsThePostId()
    {
        _votes.Setup(v => v.WithdrawAsync(Me, PostId, Author, It.IsAny<CancellationToken>())).ReturnsAsync(true);

        var result = await _service.WithdrawAsync(PostId, CancellationToken.None);

        Assert.That(result.Value, Is.EqualTo(PostId));
        _lists.Verify(l => l.PostsOfAsync("ann"), Times.Once);
    }

    [Test]
    public async Task WithdrawAsync_UnknownPost_ReturnsPostNotFoundWithoutWithdrawing()
    {
        var result = await _service.WithdrawAsync(404, CancellationToken.None);

        Assert.That(result.Error, Is.EqualTo(PostNotFound));
        _votes.VerifyNoOtherCalls();
    }

    private void GivenCast(VoteOutcome outcome) =>
        _votes.Setup(v => v.CastAsync(Me, PostId, Author, It.IsAny<VoteDirection>(), It.IsAny<DateTime>(), It.IsAny<CancellationToken>()))
            .ReturnsAsync(outcome);
}
