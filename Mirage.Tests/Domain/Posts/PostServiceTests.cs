using Microsoft.Extensions.Time.Testing;
using Mirage.Domain.Common;
using Mirage.Domain.Posts;
using Mirage.Domain.Users;
using Mirage.Tests.Builders;
using Moq;

namespace Mirage.Tests.Domain.Posts;

public sealed class PostServiceTests
{
    private const long Me = 42;
    private static readonly Error PostNotFound = new(ErrorKind.NotFound, "post not found");

    private Mock<IListChanges> _lists;
    private Mock<IPostRepository> _posts;
    private FakeTimeProvider _clock;
    private PostService _service;

    [SetUp]
    public void SetUp()
    {
        _lists = new Mock<IListChanges>();
        _posts = new Mock<IPostRepository>();
        _clock = TestClock.Create();
        _service = new PostService(_posts.Object, Mock.Of<IUserRepository>(), _lists.Object, TestCurrentUser.WithId(Me), _clock, TestMetrics.Create());
    }

    [Test]
    public async Task CreateAsync_StoresTheTrimmedContentByTheCallerNowWithItsHashtags()
    {
        Post? added = null;
        IReadOnlyList<string>? hashtags = null;
        _posts.Setup(p => p.TryAddAsync(It.IsAny<Post>(), It.IsAny<IReadOnlyList<string>>(), It.IsAny<CancellationToken>()))
            .Callback((Post post, IReadOnlyList<string> tags, CancellationToken _) => (added, hashtags) = (post, tags))
            .ReturnsAsync(true);
        _clock.Advance(TimeSpan.FromSeconds(5));

        await _service.CreateAsync("  \n<b>Hi</b> #Mirage and #dotnet\t ", CancellationToken.None);

        Assert.That(added, Is.Not.Null);
        using (Assert.EnterMultipleScope())
        {
            Assert.That(added!.Content, Is.EqualTo("<b>Hi</b> #Mirage and #dotnet"));
            Assert.That(added.UserId, Is.EqualTo(Me));
            Assert.That(added.CreatedAt, Is.EqualTo(TestClock.Start.UtcDateTime.AddSeconds(5)));
            Assert.That(hashtags, Is.EqualTo(new[] { "mirage", "dotnet" }));
        }
    }

    [Test]
    public async Task CreateAsync_ReturnsThePostAsStoredUnderItsNewIdByTheCallerWithNoVotesOrReplies()
    {
        _posts.Setup(p => p.TryAddAsync(It.IsAny<Post>(), It.IsAny<IReadOnlyList<string>>(), It.IsAny<CancellationToken>()))
            .Callback((Post post, IReadOnlyList<string> _, CancellationToken _) => post.Id = 77)
            .ReturnsAsync(true);

        var result = await _service.CreateAsync(" hello ", CancellationToken.None);

        Assert.That(result.Value, Is.EqualTo(new PostView(77, "me", "hello", TestClock.Start.UtcDateTime, 0, 0, 0)));
        _posts.Verify(p => p.FindViewAsync(It.IsAny<long>(), It.IsAny<CancellationToken>()), Times.Never);
        _lists.Verify(l => l.PostsOfAsync("me"), Times.Once);
    }

    [Test]
    public async Task CreateAsync_WhenTheAuthorsAccountIsGone_ReturnsUserNotFound()
    {
        _posts.Setup(p => p.TryAddAsync(It.IsAny<Post>(), It.IsAny<IReadOnlyList<string>>(), It.IsAny<CancellationToken>())).ReturnsAsync(false);

        var result = await _service.CreateAsync("hello", CancellationToken.None);

        Assert.That(result.Error?.Message, Is.EqualTo("user not found"));
        _posts.Verify(p => p.FindViewAsync(It.IsAny<long>(), It.IsAny<CancellationToken>()), Times.Never);
    }

    [Test]
    public async Task GetAsync_UnknownPost_ReturnsPostNotFound()
    {
        var result = await _service.GetAsync(404, CancellationToken.None);

        Assert.That(result.Error, Is.EqualTo(PostNotFound));
    }

    [Test]
    public async Task GetAsync_KnownPost_ReturnsIt()
    {
        var view = new PostViewBuilder().WithId(5).Build();
        _posts.Setup(p => p.FindViewAsync(5, It.IsAny<CancellationToken>())).ReturnsAsync(view);

        var result = await _service.GetAsync(5, CancellationToken.None);

        Assert.That(result.Value, Is.EqualTo(view));
    }

    [Test]
    public async Task DeleteAsync_UnknownPost_ReturnsPostNotFoundAndDeletesNothing()
    {
        var result = await _service.DeleteAsync(404, CancellationToken.None);

        Assert.That(result.Error, Is.EqualTo(PostNotFound));
        _posts.Verify(p => p.DeleteAsync(It.IsAny<long>(), It.IsAny<CancellationToken>()), Times.Never);
    }

    [Test]
    public async Task DeleteAsync_SomeoneElsesPost_ReturnsForbiddenAndDeletesNothing()
    {
        _posts.Setup(p => p.FindAsync(5, It.IsAny<CancellationToken>())).ReturnsAsync(new PostBuilder().WithId(5).WithUserId(7).Build());

        var result = await _service.DeleteAsync(5, CancellationToken.None);

        Assert.That(result.Error, Is.EqualTo(new Error(ErrorKind.Forbidden, "you can only delete your own posts")));
        _posts.Verify(p => p.DeleteAsync(It.IsAny<long>(), It.IsAny<CancellationToken>()), Times.Never);
    }

    [Test]
    public async Task DeleteAsync_OwnPost_DeletesItAndReturnsItsId()
    {
        _posts.Setup(p => p.FindAsync(5, It.IsAny<CancellationToken>())).ReturnsAsync(new PostBuilder().WithId(5).WithUserId(Me).Build());
        _posts.Setup(p => p.DeleteAsync(5, It.IsAny<CancellationToken>())).ReturnsAsync(true);

        var result = await _service.DeleteAsync(5, CancellationToken.None);

        Assert.That(result.Value, Is.EqualTo(5));
        _posts.Verify(p => p.DeleteAsync(5, It.IsAny<CancellationToken>()), Times.Once);
        _lists.Verify(l => l.PostsOfAsync("me"), Times.Once);
        _lists.Verify(l => l.RepliesToAsync(5), Times.Once);
    }

    [Test]
    public async Task DeleteAsync_WhenDeletedConcurrently_ReturnsPostNotFound()
    {
        _posts.Setup(p => p.FindAsync(5, It.IsAny<CancellationToken>())).ReturnsAsync(new PostBuilder().WithId(5).WithUserId(Me).Build());
        _posts.Setup(p => p.DeleteAsync(5, It.IsAny<CancellationToken>())).ReturnsAsync(false);

        var result = await _service.DeleteAsync(5, CancellationToken.None);

        Assert.That(result.Error, Is.EqualTo(PostNotFound));
        _lists.VerifyNoOtherCalls();
    }
}
