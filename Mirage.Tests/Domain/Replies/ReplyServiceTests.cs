using Microsoft.Extensions.Time.Testing;
using Mirage.Domain.Common;
using Mirage.Domain.Posts;
using Mirage.Domain.Replies;
using Mirage.Domain.Users;
using Mirage.Tests.Builders;
using Moq;

namespace Mirage.Tests.Domain.Replies;

public sealed class ReplyServiceTests
{
    private const long Me = 42;
    private const long PostId = 5;
    private static readonly Error PostNotFound = new(ErrorKind.NotFound, "post not found");

    private Mock<IListChanges> _lists;
    private Mock<IReplyRepository> _replies;
    private Mock<IPostRepository> _posts;
    private FakeTimeProvider _clock;
    private ReplyService _service;

    [SetUp]
    public void SetUp()
    {
        _lists = new Mock<IListChanges>();
        _replies = new Mock<IReplyRepository>();
        _posts = new Mock<IPostRepository>();
        _clock = TestClock.Create();
        _service = new ReplyService(_replies.Object, _posts.Object, _lists.Object, TestCurrentUser.WithId(Me), _clock);
    }

    [Test]
    public async Task ReplyAsync_WhenThePostIsGone_ReturnsPostNotFound()
    {
        _replies.Setup(r => r.TryAddAsync(It.IsAny<Reply>(), It.IsAny<CancellationToken>())).ReturnsAsync(false);

        var result = await _service.ReplyAsync(PostId, "hi", CancellationToken.None);

        Assert.That(result.Error, Is.EqualTo(PostNotFound));
        _replies.Verify(r => r.FindViewAsync(It.IsAny<long>(), It.IsAny<CancellationToken>()), Times.Never);
        _lists.VerifyNoOtherCalls();
    }

    [Test]
    public async Task ReplyAsync_WhenStored_DropsThePostsRepliesAndItsAuthorsListedPosts()
    {
        _replies.Setup(r => r.TryAddAsync(It.IsAny<Reply>(), It.IsAny<CancellationToken>())).ReturnsAsync(true);
        _posts.Setup(p => p.FindAuthorAsync(PostId, It.IsAny<CancellationToken>())).ReturnsAsync(new UserIdentity(7, "Ann"));

        await _service.ReplyAsync(PostId, "hi", CancellationToken.None);

        _lists.Verify(l => l.RepliesToAsync(PostId), Times.Once);
        _lists.Verify(l => l.PostsOfAsync("ann"), Times.Once);
        _lists.VerifyNoOtherCalls();
    }

    [Test]
    public async Task ReplyAsync_StoresTheTrimmedReplyByTheCallerNowAndReturnsItUnderItsNewId()
    {
        Reply? added = null;
        var stored = new ReplyViewBuilder().WithId(3).WithContent("nice post").Build();
        _replies.Setup(r => r.TryAddAsync(It.IsAny<Reply>(), It.IsAny<CancellationToken>()))
            .Callback((Reply reply, CancellationToken _) => (added, reply.Id) = (reply, 3))
            .ReturnsAsync(true);
        _replies.Setup(r => r.FindViewAsync(3, It.IsAny<CancellationToken>())).ReturnsAsync(stored);
        _clock.Advance(TimeSpan.FromMinutes(1));

        var result = await _service.ReplyAsync(PostId, " \t nice post \n", CancellationToken.None);

        Assert.That(result.Value, Is.EqualTo(stored));
        using (Assert.EnterMultipleScope())
        {
            Assert.That(added!.Content, Is.EqualTo("nice post"));
            Assert.That(added.PostId, Is.EqualTo(PostId));
            Assert.That(added.UserId, Is.EqualTo(Me));
            Assert.That(added.CreatedAt, Is.EqualTo(TestClock.Start.UtcDateTime.AddMinutes(1)));
        }
    }

    [Test]
    public async Task ListAsync_UnknownPost_ReturnsPostNotFoundWithoutListing()
    {
        var result = await _service.ListAsync(404, PageRequest.First(), CancellationToken.None);

        Assert.That(result.Error, Is.EqualTo(PostNotFound));
        _replies.VerifyNoOtherCalls();
    }

    [Test]
    public async Task ListAsync_WhenRepositoryReturnsLimitPlusOneRows_PointsNextAtTheLastKeptReplyId()
    {
        GivenPost();
        IReadOnlyList<ReplyView> rows = [new ReplyViewBuilder().WithId(3).Build(), new ReplyViewBuilder().WithId(8).Build()];
        _replies.Setup(r => r.ListByPostAsync(PostId, It.IsAny<PageRequest>(), It.IsAny<CancellationToken>())).ReturnsAsync(rows);

        var result = await _service.ListAsync(PostId, PageRequest.First(1), CancellationToken.None);

        Assert.That(result.Value.Items, Is.EqualTo(rows.Take(1)));
        Assert.That(result.Value.Next, Is.EqualTo(new Cursor(3, 3)));
    }

    [Test]
    public async Task ListAsync_WhenRepositoryReturnsNoMoreThanTheLimit_HasNoNextCursor()
    {
        GivenPost();
        IReadOnlyList<ReplyView> rows = [new ReplyViewBuilder().WithId(3).Build()];
        _replies.Setup(r => r.ListByPostAsync(PostId, It.IsAny<PageRequest>(), It.IsAny<CancellationToken>())).ReturnsAsync(rows);

        var result = await _service.ListAsync(PostId, PageRequest.First(1), CancellationToken.None);

        Assert.That(result.Value.Items, Is.EqualTo(rows));
        Assert.That(result.Value.Next, Is.Null);
    }

    private void GivenPost() =>
        _posts.Setup(p => p.ExistsAsync(PostId, It.IsAny<CancellationToken>())).ReturnsAsync(true);
}
