using Mirage.Infrastructure;
using Mirage.Tests.Api.Support;

namespace Mirage.Tests.Api.Posts;

public sealed class PostListEndpointTests(DatabaseProvider provider) : ApiTest(provider)
{
    [Test]
    public async Task GetPosts_OfAUser_ListsOnlyTheirPostsNewestFirst()
    {
        var author = await Client.RegisterAndLoginAsync();
        var other = await Client.RegisterAndLoginAsync();
        var first = await Client.CreatePostAsync(author, "one");
        await Client.CreatePostAsync(other, "not theirs");
        var second = await Client.CreatePostAsync(author, "two");
        var third = await Client.CreatePostAsync(author, "three");

        var (posts, next) = await Client.GetPageAsync(Routes.Posts(author.Username), "posts");

        using (Assert.EnterMultipleScope())
        {
            Assert.That(posts.Ids(), Is.EqualTo(new[] { third, second, first }));
            Assert.That(posts.Select(p => p["content"]!.GetValue<string>()), Is.EqualTo(new[] { "three", "two", "one" }));
            Assert.That(posts.Usernames(), Has.All.EqualTo(author.Username));
            Assert.That(next, Is.Null);
        }
    }

    [Test]
    public async Task GetPosts_OfSomeoneWhoNeverPosted_IsAnEmptyLastPage()
    {
        var quiet = await Client.RegisterAndLoginAsync();

        var (posts, next) = await Client.GetPageAsync(Routes.Posts(quiet.Username), "posts");

        Assert.That(posts, Is.Empty);
        Assert.That(next, Is.Null);
    }

    [Test]
    public async Task GetPosts_OfUnknownUser_Returns404UserNotFound()
    {
        using var response = await Client.GetAsync(Routes.Posts(Names.Unique("ghost")));

        await response.ShouldBeProblemAsync(404, "user not found");
    }

    [Test]
    public async Task GetPosts_WithoutLimit_ListsThirtyPostsOnOnePage()
    {
        // The first web client never pages: a profile with 30 posts must show all 30.
        var author = await Client.RegisterAndLoginAsync();
        for (var i = 0; i < 30; i++)
        {
            await Client.CreatePostAsync(author, $"post {i}");
        }

        var (posts, next) = await Client.GetPageAsync(Routes.Posts(author.Username), "posts");

        Assert.That(posts, Has.Count.EqualTo(30));
        Assert.That(next, Is.Null);
    }

    [Test]
    public async Task GetPosts_TwoAtATime_PagesWithoutDuplicatesOrGaps()
    {
        var author = await Client.RegisterAndLoginAsync();
        var ids = new List<long>();
        for (var i = 0; i < 5; i++)
        {
            ids.Add(await Client.CreatePostAsync(author, $"post {i}"));
        }

        var pages = await Client.GetAllPagesAsync(Routes.Posts(author.Username), "posts", limit: 2);

        Assert.That(pages.Select(p => p.Count), Is.EqualTo(new[] { 2, 2, 1 }));
        Assert.That(pages.SelectMany(p => p).Ids(), Is.EqualTo(Enumerable.Reverse(ids)));
    }

    [Test]
    public async Task GetPosts_WhileNewPostsArriveBetweenPages_StaysOnTheOriginalListWithoutDuplicatesOrGaps()
    {
        var author = await Client.RegisterAndLoginAsync();
        var ids = new List<long>();
        for (var i = 0; i < 5; i++)
        {
            ids.Add(await Client.CreatePostAsync(author, $"post {i}"));
        }

        var path = Routes.Posts(author.Username);
        var (first, cursor) = await Client.GetPageAsync(Routes.Page(path, 2), "posts");
        await Client.CreatePostAsync(author, "late one");
        await Client.CreatePostAsync(author, "late two");
        var (second, cursor2) = await Client.GetPageAsync(Routes.Page(path, 2, cursor), "posts");
        await Client.CreatePostAsync(author, "later still");
        var (third, end) = await Client.GetPageAsync(Routes.Page(path, 2, cursor2), "posts");

        Assert.That(first.Concat(second).Concat(third).Ids(), Is.EqualTo(Enumerable.Reverse(ids)));
        Assert.That(end, Is.Null);
    }

    [TestCase("limit=0", "limit must be between 1 and 100")]
    [TestCase("limit=101", "limit must be between 1 and 100")]
    [TestCase("cursor=garbage", "invalid cursor")]
    public async Task GetPosts_WithBadPaging_Returns400(string query, string error)
    {
        var author = await Client.RegisterAndLoginAsync();

        using var response = await Client.GetAsync($"{Routes.Posts(author.Username)}?{query}");

        await response.ShouldBeProblemAsync(400, error);
    }
}
