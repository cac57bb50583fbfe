using System.Net;
using System.Text.Json.Nodes;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Mirage.Infrastructure;
using Mirage.Infrastructure.Persistence;
using Mirage.Tests.Api.Support;

namespace Mirage.Tests.Api.ListCache;

/// <summary>
/// The public lists kept for an hour here, so that a write that failed to drop a list would leave it stale for the
/// rest of the fixture: every write through the API shows in the next read, whatever was kept before it.
/// </summary>
public sealed class ListCacheEndpointTests() : ProviderIndependentApiTest
{
    protected override MirageApiFactory CreateFactory() =>
        new(DatabaseProvider.Sqlite, settings: new Dictionary<string, string> { ["ListCache:Lifetime"] = "01:00:00" });

    [Test]
    public async Task GetPosts_KeptAnswer_IsServedAgainUntilAWriteThroughTheApiChangesIt()
    {
        var ann = await Client.RegisterAndLoginAsync(Names.Unique("ann"));
        var postId = await Client.CreatePostAsync(ann, "first words");
        Assert.That(await ContentsAsync(Routes.Posts(ann.Username)), Is.EqualTo(new[] { "first words" }));

        await RewriteBehindTheApiAsync(postId, "edited in the database");
        var kept = await ContentsAsync(Routes.Posts(ann.Username));
        await Client.CreatePostAsync(ann, "second words");
        var afterWrite = await ContentsAsync(Routes.Posts(ann.Username));

        Assert.That(kept, Is.EqualTo(new[] { "first words" }));
        Assert.That(afterWrite, Is.EqualTo(new[] { "second words", "edited in the database" }));
    }

    [Test]
    public async Task GetPosts_InAnyLetterCase_ShowsAPostMadeAfterItWasKept()
    {
        var ann = await Client.RegisterAndLoginAsync(Names.Unique("ann"));
        var shouted = Routes.Posts(" " + ann.Username.ToUpperInvariant() + " ");
        Assert.That(await ContentsAsync(shouted), Is.Empty);

        await Client.CreatePostAsync(ann, "hello");

        Assert.That(await ContentsAsync(shouted), Is.EqualTo(new[] { "hello" }));
    }

    [Test]
    public async Task GetPosts_ShowsVotesAndRepliesCastAfterItWasKept()
    {
        var ann = await Client.RegisterAndLoginAsync(Names.Unique("ann"));
        var bob = await Client.RegisterAndLoginAsync(Names.Unique("bob"));
        var postId = await Client.CreatePostAsync(ann);
        await ReadPostAsync(ann.Username);

        await Client.VoteAsync(bob, postId, "up");
        var voted = await ReadPostAsync(ann.Username);
        await Client.ReplyAsync(bob, postId);
        var replied = await ReadPostAsync(ann.Username);
        await Client.UnvoteAsync(bob, postId);
        var withdrawn = await ReadPostAsync(ann.Username);

        using (Assert.EnterMultipleScope())
        {
            Assert.That(voted["upvotes"]!.GetValue<int>(), Is.EqualTo(1));
            Assert.That(replied["reply_count"]!.GetValue<int>(), Is.EqualTo(1));
            Assert.That(withdrawn["upvotes"]!.GetValue<int>(), Is.EqualTo(0));
        }
    }

    [Test]
    public async Task GetReplies_ShowsAReplyMadeAfterItWasKept_UnderEitherSpellingOfThePostId()
    {
        var ann = await Client.RegisterAndLoginAsync(Names.Unique("ann"));
        var postId = await Client.CreatePostAsync(ann);
        var padded = $"/api/get_replies/00{postId}";
        Assert.That(await ContentsAsync(Routes.Replies(postId), "replies"), Is.Empty);
        Assert.That(await ContentsAsync(padded, "replies"), Is.Empty);

        await Client.ReplyAsync(ann, postId, "a reply");

        Assert.That(await ContentsAsync(Routes.Replies(postId), "replies"), Is.EqualTo(new[] { "a reply" }));
        Assert.That(await ContentsAsync(padded, "replies"), Is.EqualTo(new[] { "a reply" }));
    }

    [Test]
    public async Task DeletingAPost_TakesItOutOfTheKeptListAndItsRepliesAnswerNotFound()
    {
        var ann = await Client.RegisterAndLoginAsync(Names.Unique("ann"));
        var postId = await Client.CreatePostAsync(ann, "soon gone");
        await Client.ReplyAsync(ann, postId);
        Assert.That(await ContentsAsync(Routes.Posts(ann.Username)), Is.EqualTo(new[] { "soon gone" }));
        Assert.That(await ContentsAsync(Routes.Replies(postId), "replies"), Has.Count.EqualTo(1));

        using var deleted = await Client.PostAsAsync(ann, Routes.DeletePost, new { post_id = postId });
        Assert.That(deleted.StatusCode, Is.EqualTo(HttpStatusCode.OK));

        Assert.That(await ContentsAsync(Routes.Posts(ann.Username)), Is.Empty);
        using var replies = await Client.GetAsync(Routes.Replies(postId));
        await replies.ShouldBeProblemAsync(404, "post not found");
    }

    [Test]
    public async Task FollowersAndFollowing_ShowAFollowAndAnUnfollowMadeAfterTheyWereKept()
    {
        var ann = await Client.RegisterAndLoginAsync(Names.Unique("ann"));
        var bob = await Client.RegisterAndLoginAsync(Names.Unique("bob"));
        Assert.That(await FollowersAsync(ann.Username), Is.Empty);
        Assert.That(await FollowingAsync(bob.Username), Is.Empty);

        await Client.FollowAsync(bob, ann.Username);
        var followed = (await FollowersAsync(ann.Username), await FollowingAsync(bob.Username));
        await Client.UnfollowAsync(bob, ann.Username);
        var unfollowed = (await FollowersAsync(ann.Username), await FollowingAsync(bob.Username));

        using (Assert.EnterMultipleScope())
        {
            Assert.That(followed.Item1, Is.EqualTo(new[] { bob.Username }));
            Assert.That(followed.Item2, Is.EqualTo(new[] { ann.Username }));
            Assert.That(unfollowed.Item1, Is.Empty);
            Assert.That(unfollowed.Item2, Is.Empty);
        }
    }

    [Test]
    public async Task Followers_ShowAFollowersNewAvatar()
    {
        const string Avatar = "https://img.example.com/bob.png";
        var ann = await Client.RegisterAndLoginAsync(Names.Unique("ann"));
        var bob = await Client.RegisterAndLoginAsync(Names.Unique("bob"));
        await Client.FollowAsync(bob, ann.Username);
        var (before, _) = await Client.GetPageAsync(Routes.Followers(ann.Username), "followers");

        using var patched = await Client.SendWithTokenAsync(HttpMethod.Patch, Routes.Me, bob.Token, new { avatar_url = Avatar });
        Assert.That(patched.StatusCode, Is.EqualTo(HttpStatusCode.OK));
        var (after, _) = await Client.GetPageAsync(Routes.Followers(ann.Username), "followers");

        Assert.That(before.Single()["avatar_url"], Is.Null);
        Assert.That(after.Single()["avatar_url"]!.GetValue<string>(), Is.EqualTo(Avatar));
    }

    [Test]
    public async Task DeletingAnAccount_TakesItOutOfEveryKeptList()
    {
        var ann = await Client.RegisterAndLoginAsync(Names.Unique("ann"));
        var bob = await Client.RegisterAndLoginAsync(Names.Unique("bob"));
        var annsPost = await Client.CreatePostAsync(ann);
        await Client.FollowAsync(bob, ann.Username);
        await Client.ReplyAsync(bob, annsPost, "bob was here");
        await Client.CreatePostAsync(bob);
        Assert.That(await FollowersAsync(ann.Username), Is.EqualTo(new[] { bob.Username }));
        Assert.That(await ContentsAsync(Routes.Replies(annsPost), "replies"), Is.EqualTo(new[] { "bob was here" }));
        Assert.That(await ContentsAsync(Routes.Posts(bob.Username)), Has.Count.EqualTo(1));

        using var deleted = await Client.PostAsAsync(bob, Routes.DeleteAccount, new { password = ApiClientExtensions.DefaultPassword });
        Assert.That(deleted.StatusCode, Is.EqualTo(HttpStatusCode.OK));

        Assert.That(await FollowersAsync(ann.Username), Is.Empty);
        Assert.That(await ContentsAsync(Routes.Replies(annsPost), "replies"), Is.Empty);
        using var posts = await Client.GetAsync(Routes.Posts(bob.Username));
        await posts.ShouldBeProblemAsync(404, "user not found");
    }

    [Test]
    public async Task GetPosts_EachPageIsKeptApart()
    {
        var ann = await Client.RegisterAndLoginAsync(Names.Unique("ann"));
        await Client.CreatePostAsync(ann, "older");
        await Client.CreatePostAsync(ann, "newer");

        var one = await ContentsAsync(Routes.Page(Routes.Posts(ann.Username), 1));
        var two = await ContentsAsync(Routes.Page(Routes.Posts(ann.Username), 2));

        Assert.That(one, Is.EqualTo(new[] { "newer" }));
        Assert.That(two, Is.EqualTo(new[] { "newer", "older" }));
    }

    [Test]
    public async Task GetPosts_SignedInOrNot_GetTheSameList()
    {
        var ann = await Client.RegisterAndLoginAsync(Names.Unique("ann"));
        await Client.CreatePostAsync(ann, "for everyone");
        using var anonymous = await Client.GetAsync(Routes.Posts(ann.Username));
        using var signedIn = await Client.GetWithTokenAsync(Routes.Posts(ann.Username), "Bearer " + ann.Token);

        Assert.That(anonymous.StatusCode, Is.EqualTo(HttpStatusCode.OK));
        Assert.That(await signedIn.Content.ReadAsStringAsync(), Is.EqualTo(await anonymous.Content.ReadAsStringAsync()));
    }

    [Test]
    public async Task GetPosts_ForAnUnknownUser_IsNotKept()
    {
        var name = Names.Unique("later");
        using var before = await Client.GetAsync(Routes.Posts(name));
        await before.ShouldBeProblemAsync(404, "user not found");

        var later = await Client.RegisterAndLoginAsync(name);
        await Client.CreatePostAsync(later, "now here");

        Assert.That(await ContentsAsync(Routes.Posts(name)), Is.EqualTo(new[] { "now here" }));
    }

    [Test]
    public async Task GetPosts_WhileManyReadAtOnce_EveryAcknowledgedPostShowsInTheNextRead()
    {
        var ann = await Client.RegisterAndLoginAsync(Names.Unique("ann"));
        using var stop = new CancellationTokenSource();
        var readers = Enumerable.Range(0, 8).Select(_ => Task.Run(async () =>
        {
            while (!stop.IsCancellationRequested)
            {
                using var response = await Client.GetAsync(Routes.Page(Routes.Posts(ann.Username), 5));
                Assert.That(response.StatusCode, Is.EqualTo(HttpStatusCode.OK));
            }
        })).ToList();

        var missed = new List<string>();
        for (var i = 0; i < 20; i++)
        {
            var content = $"post {i}";
            await Client.CreatePostAsync(ann, content);
            if ((await ContentsAsync(Routes.Page(Routes.Posts(ann.Username), 5))).FirstOrDefault() != content)
            {
                missed.Add(content);
            }
        }

        await stop.CancelAsync();
        await Task.WhenAll(readers);
        Assert.That(missed, Is.Empty);
    }

    private async Task<List<string>> ContentsAsync(string path, string key = "posts")
    {
        var (items, _) = await Client.GetPageAsync(path, key);
        return items.Select(i => i["content"]!.GetValue<string>()).ToList();
    }

    private async Task<JsonObject> ReadPostAsync(string username) => (await Client.GetPageAsync(Routes.Posts(username), "posts")).Items.Single();

    private async Task<List<string>> FollowersAsync(string username) =>
        (await Client.GetPageAsync(Routes.Followers(username), "followers")).Items.Usernames().ToList();

    private async Task<List<string>> FollowingAsync(string username) =>
        (await Client.GetPageAsync(Routes.Following(username), "following")).Items.Usernames().ToList();

    private async Task RewriteBehindTheApiAsync(long postId, string content)
    {
        using var scope = Factory.Services.CreateScope();
        var db = scope.ServiceProvider.GetRequiredService<MirageDbContext>();
        await db.Posts.Where(p => p.Id == postId).ExecuteUpdateAsync(s => s.SetProperty(p => p.Content, content));
    }
}
