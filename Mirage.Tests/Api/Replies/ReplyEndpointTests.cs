using System.Net;
using System.Text.Json.Nodes;
using Mirage.Infrastructure;
using Mirage.Tests.Api.Support;

namespace Mirage.Tests.Api.Replies;

public sealed class ReplyEndpointTests(DatabaseProvider provider) : ApiTest(provider)
{
    private const string Avatar = "https://img.example.com/replier.png";

    private TestAccount _author = null!;
    private TestAccount _replier = null!;

    [OneTimeSetUp]
    public async Task RegisterAuthorAndReplier()
    {
        _author = await Client.RegisterAndLoginAsync();
        _replier = await Client.RegisterAndLoginAsync();
        using var patched = await Client.SendWithTokenAsync(HttpMethod.Patch, Routes.Me, _replier.Token, new { avatar_url = Avatar });
        Assert.That(patched.StatusCode, Is.EqualTo(HttpStatusCode.OK));
    }

    [Test]
    public async Task Reply_ToAPost_Returns201WithTheReplyAndCountsItOnThePostOnly()
    {
        var postId = await Client.CreatePostAsync(_author);
        var before = await Client.GetStatsAsync(_replier.Username);

        using var response = await Client.PostAsAsync(_replier, Routes.ReplyToPost, new { post_id = postId, content = "so true" });

        Assert.That(response.StatusCode, Is.EqualTo(HttpStatusCode.Created));
        var json = await response.ReadJsonAsync();
        var reply = json["reply"]!.AsObject();
        using (Assert.EnterMultipleScope())
        {
            Assert.That(json["message"]!.GetValue<string>(), Is.EqualTo("reply created"));
            Assert.That(reply.Select(p => p.Key), Is.EquivalentTo(new[] { "id", "username", "content", "created_at", "avatar_url" }));
            Assert.That(reply["username"]!.GetValue<string>(), Is.EqualTo(_replier.Username));
            Assert.That(reply["content"]!.GetValue<string>(), Is.EqualTo("so true"));
            Assert.That(reply["avatar_url"]!.GetValue<string>(), Is.EqualTo(Avatar));
            Assert.That(reply["created_at"]!.GetValue<string>(), Does.EndWith("Z"));
        }

        Assert.That((await Client.GetPostAsync(postId))["reply_count"]!.GetValue<int>(), Is.EqualTo(1));
        Assert.That(await Client.GetStatsAsync(_replier.Username), Is.EqualTo(before), "replies are not posts");
    }

    [TestCase("""{"content":null}""")]
    [TestCase("{}")]
    [TestCase("""{"content":"   "}""")]
    public async Task Reply_WithNothingInIt_Returns400NothingToReply(string body)
    {
        var postId = await Client.CreatePostAsync(_author);
        var request = JsonNode.Parse(body)!.AsObject();
        request["post_id"] = postId;

        using var response = await Client.PostAsAsync(_replier, Routes.ReplyToPost, request);

        await response.ShouldBeProblemAsync(400, "nothing to reply");
        Assert.That((await Client.GetPostAsync(postId))["reply_count"]!.GetValue<int>(), Is.Zero);
    }

    [Test]
    public async Task Reply_Of513Characters_Returns400TooLong()
    {
        var postId = await Client.CreatePostAsync(_author);

        using var response = await Client.PostAsAsync(_replier, Routes.ReplyToPost, new { post_id = postId, content = new string('r', 513) });

        await response.ShouldBeProblemAsync(400, "reply content cannot exceed 512 characters");
    }

    [Test]
    public async Task Reply_Of512Characters_Returns201()
    {
        var postId = await Client.CreatePostAsync(_author);

        using var response = await Client.PostAsAsync(_replier, Routes.ReplyToPost, new { post_id = postId, content = new string('r', 512) });

        Assert.That(response.StatusCode, Is.EqualTo(HttpStatusCode.Created));
    }

    [Test]
    public async Task Reply_WithoutPostId_Returns400NothingFilled()
    {
        using var response = await Client.PostAsAsync(_replier, Routes.ReplyToPost, new { content = "to what?" });

        await response.ShouldBeProblemAsync(400, "I can't see a single field you filled");
    }

    [Test]
    public async Task Reply_ToUnknownPost_Returns404PostNotFound()
    {
        using var response = await Client.PostAsAsync(_replier, Routes.ReplyToPost, new { post_id = 987_654_321, content = "hello?" });

        await response.ShouldBeProblemAsync(404, "post not found");
    }

    [Test]
    public async Task GetReplies_OfAPost_ListsThemOldestFirstWithAuthorAndAvatar()
    {
        var postId = await Client.CreatePostAsync(_author);
        var first = await Client.ReplyAsync(_replier, postId, "first!");
        var second = await Client.ReplyAsync(_author, postId, "thanks");
        var third = await Client.ReplyAsync(_replier, postId, "you're welcome");

        var (replies, next) = await Client.GetPageAsync(Routes.Replies(postId), "replies");

        using (Assert.EnterMultipleScope())
        {
            Assert.That(replies.Ids(), Is.EqualTo(new[] { first, second, third }));
            Assert.That(replies.Usernames(), Is.EqualTo(new[] { _replier.Username, _author.Username, _replier.Username }));
            Assert.That(replies.Select(r => r["content"]!.GetValue<string>()), Is.EqualTo(new[] { "first!", "thanks", "you're welcome" }));
            Assert.That(replies.Select(r => r["avatar_url"]?.GetValue<string>()), Is.EqualTo(new[] { Avatar, null, Avatar }));
            Assert.That(replies.Select(r => r.Select(p => p.Key)), Has.All.EquivalentTo(new[] { "id", "username", "content", "created_at", "avatar_url" }));
            Assert.That(next, Is.Null);
        }
    }

    [Test]
    public async Task GetReplies_TwoAtATime_PagesWithoutDuplicatesOrGaps()
    {
        var postId = await Client.CreatePostAsync(_author);
        var ids = new List<long>();
        for (var i = 0; i < 5; i++)
        {
            ids.Add(await Client.ReplyAsync(_replier, postId, $"reply {i}"));
        }

        var pages = await Client.GetAllPagesAsync(Routes.Replies(postId), "replies", limit: 2);

        Assert.That(pages.Select(p => p.Count), Is.EqualTo(new[] { 2, 2, 1 }));
        Assert.That(pages.SelectMany(p => p).Ids(), Is.EqualTo(ids));
    }

    [Test]
    public async Task GetReplies_OfAPostWithoutReplies_IsAnEmptyLastPage()
    {
        var postId = await Client.CreatePostAsync(_author);

        var (replies, next) = await Client.GetPageAsync(Routes.Replies(postId), "replies");

        Assert.That(replies, Is.Empty);
        Assert.That(next, Is.Null);
    }

    [Test]
    public async Task GetReplies_OfUnknownPost_Returns404PostNotFound()
    {
        using var response = await Client.GetAsync(Routes.Replies(987_654_321));

        await response.ShouldBeProblemAsync(404, "post not found");
    }
}
