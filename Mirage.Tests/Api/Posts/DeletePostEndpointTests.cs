using System.Net;
using Mirage.Infrastructure;
using Mirage.Tests.Api.Support;

namespace Mirage.Tests.Api.Posts;

public sealed class DeletePostEndpointTests(DatabaseProvider provider) : ApiTest(provider)
{
    [Test]
    public async Task DeletePost_ByTheAuthor_RemovesItWithItsVotesAndRepliesFromEveryCount()
    {
        var author = await Client.RegisterAndLoginAsync();
        var fan = await Client.RegisterAndLoginAsync();
        var critic = await Client.RegisterAndLoginAsync();
        var doomed = await Client.CreatePostAsync(author, "soon gone");
        var kept = await Client.CreatePostAsync(author, "here to stay");
        await Client.VoteAsync(fan, doomed, "up");
        await Client.VoteAsync(critic, doomed, "down");
        await Client.VoteAsync(fan, kept, "up");
        await Client.ReplyAsync(fan, doomed);
        Assert.That(await Client.GetStatsAsync(author.Username), Is.EqualTo(new SocialStats(0, 0, 2, 2, 1)));

        using var response = await Client.PostAsAsync(author, Routes.DeletePost, new { post_id = doomed });

        Assert.That(response.StatusCode, Is.EqualTo(HttpStatusCode.OK));
        using var post = await Client.GetAsync(Routes.Post(doomed));
        using var replies = await Client.GetAsync(Routes.Replies(doomed));
        await post.ShouldBeProblemAsync(404, "post not found");
        await replies.ShouldBeProblemAsync(404, "post not found");
        Assert.That(await Client.GetStatsAsync(author.Username), Is.EqualTo(new SocialStats(0, 0, 1, 1, 0)));
        var (posts, _) = await Client.GetPageAsync(Routes.Posts(author.Username), "posts");
        Assert.That(posts.Ids(), Is.EqualTo(new[] { kept }));
        Assert.That(posts[0]["upvotes"]!.GetValue<int>(), Is.EqualTo(1));
    }

    [Test]
    public async Task DeletePost_BySomeoneElse_Returns403AndKeepsThePost()
    {
        var author = await Client.RegisterAndLoginAsync();
        var stranger = await Client.RegisterAndLoginAsync();
        var id = await Client.CreatePostAsync(author);

        using var response = await Client.PostAsAsync(stranger, Routes.DeletePost, new { post_id = id });

        await response.ShouldBeProblemAsync(403, "you can only delete your own posts");
        Assert.That((await Client.GetPostAsync(id))["id"]!.GetValue<long>(), Is.EqualTo(id));
        Assert.That((await Client.GetStatsAsync(author.Username)).Posts, Is.EqualTo(1));
    }

    [Test]
    public async Task DeletePost_OfUnknownPost_Returns404PostNotFound()
    {
        var author = await Client.RegisterAndLoginAsync();

        using var response = await Client.PostAsAsync(author, Routes.DeletePost, new { post_id = 987_654_321 });

        await response.ShouldBeProblemAsync(404, "post not found");
    }

    [Test]
    public async Task DeletePost_Twice_Returns404AndCountsOnce()
    {
        var author = await Client.RegisterAndLoginAsync();
        var id = await Client.CreatePostAsync(author);
        await Client.CreatePostAsync(author);
        using (var first = await Client.PostAsAsync(author, Routes.DeletePost, new { post_id = id }))
        {
            Assert.That(first.StatusCode, Is.EqualTo(HttpStatusCode.OK));
        }

        using var again = await Client.PostAsAsync(author, Routes.DeletePost, new { post_id = id });

        await again.ShouldBeProblemAsync(404, "post not found");
        Assert.That((await Client.GetStatsAsync(author.Username)).Posts, Is.EqualTo(1));
    }

    [Test]
    public async Task DeletePost_WithoutPostId_Returns400NothingFilled()
    {
        var author = await Client.RegisterAndLoginAsync();

        using var response = await Client.PostAsAsync(author, Routes.DeletePost, new { });

        await response.ShouldBeProblemAsync(400, "I can't see a single field you filled");
    }
}
