using System.Net;
using Mirage.Infrastructure;
using Mirage.Tests.Api.Support;

namespace Mirage.Tests.Api.Accounts;

/// <summary>
/// A leaver who follows and is followed, voted both ways, replied, and whose own posts others voted
/// on and replied to, deletes their account: everyone else's numbers must equal a recount.
/// </summary>
public sealed class DeleteAccountCascadeEndpointTests(DatabaseProvider provider) : ApiTest(provider)
{
    [Test]
    public async Task DeleteAccount_OfAnActiveUser_LeavesEveryOtherCountEqualToARecount()
    {
        var leaver = await Client.RegisterAndLoginAsync(Names.Unique("leaver"));
        var ann = await Client.RegisterAndLoginAsync(Names.Unique("ann"));
        var bob = await Client.RegisterAndLoginAsync(Names.Unique("bob"));
        var cat = await Client.RegisterAndLoginAsync(Names.Unique("cat"));

        await Client.FollowAsync(leaver, ann.Username);
        await Client.FollowAsync(leaver, bob.Username);
        await Client.FollowAsync(ann, leaver.Username);
        await Client.FollowAsync(cat, leaver.Username);
        await Client.FollowAsync(bob, ann.Username);

        var annFirst = await Client.CreatePostAsync(ann, "ann one");
        var annSecond = await Client.CreatePostAsync(ann, "ann two");
        var bobs = await Client.CreatePostAsync(bob, "bob one");
        var cats = await Client.CreatePostAsync(cat, "cat one");
        var leaversFirst = await Client.CreatePostAsync(leaver, "leaver one");
        var leaversSecond = await Client.CreatePostAsync(leaver, "leaver two");

        await Client.VoteAsync(leaver, annFirst, "up");
        await Client.VoteAsync(leaver, annSecond, "down");
        await Client.VoteAsync(leaver, bobs, "up");
        await Client.VoteAsync(leaver, cats, "up");
        await Client.VoteAsync(leaver, cats, "down");
        await Client.VoteAsync(bob, annFirst, "up");
        await Client.VoteAsync(cat, annFirst, "down");
        await Client.VoteAsync(ann, leaversFirst, "up");
        await Client.VoteAsync(bob, leaversFirst, "down");
        await Client.VoteAsync(cat, leaversSecond, "up");

        await Client.ReplyAsync(leaver, annFirst);
        await Client.ReplyAsync(leaver, annFirst);
        await Client.ReplyAsync(leaver, bobs);
        await Client.ReplyAsync(ann, annFirst);
        await Client.ReplyAsync(ann, leaversFirst);

        using var deleted = await Client.PostAsAsync(leaver, Routes.DeleteAccount, new { password = leaver.Password });
        Assert.That(deleted.StatusCode, Is.EqualTo(HttpStatusCode.OK), await deleted.Content.ReadAsStringAsync());

        foreach (var user in new[] { ann, bob, cat })
        {
            Assert.That(await Client.GetStatsAsync(user.Username), Is.EqualTo(await RecountAsync(user.Username)), user.Username);
        }

        Assert.That(await Client.GetStatsAsync(ann.Username), Is.EqualTo(new SocialStats(Followers: 1, Following: 0, Posts: 2, Upvotes: 1, Downvotes: 1)));
        Assert.That(await Client.GetStatsAsync(bob.Username), Is.EqualTo(new SocialStats(Followers: 0, Following: 1, Posts: 1, Upvotes: 0, Downvotes: 0)));
        Assert.That(await Client.GetStatsAsync(cat.Username), Is.EqualTo(new SocialStats(Followers: 0, Following: 0, Posts: 1, Upvotes: 0, Downvotes: 0)));
        Assert.That(await CountsAsync(annFirst), Is.EqualTo((1, 1, 1)), "ann's first post: bob's up, cat's down, ann's reply");
        Assert.That(await CountsAsync(annSecond), Is.EqualTo((0, 0, 0)));
        Assert.That(await CountsAsync(bobs), Is.EqualTo((0, 0, 0)));
        Assert.That(await CountsAsync(cats), Is.EqualTo((0, 0, 0)));

        foreach (var gone in new[] { leaversFirst, leaversSecond })
        {
            using var post = await Client.GetAsync(Routes.Post(gone));
            await post.ShouldBeProblemAsync(404, "post not found");
        }

        using var leaversPosts = await Client.GetAsync(Routes.Posts(leaver.Username));
        await leaversPosts.ShouldBeProblemAsync(404, "user not found");
    }

    /// <summary>The stats as the lists show them: follow rows, posts, and the votes on those posts.</summary>
    private async Task<SocialStats> RecountAsync(string username)
    {
        var followers = (await Client.GetAllPagesAsync(Routes.Followers(username), "followers", 100)).SelectMany(p => p).ToList();
        var following = (await Client.GetAllPagesAsync(Routes.Following(username), "following", 100)).SelectMany(p => p).ToList();
        var posts = (await Client.GetAllPagesAsync(Routes.Posts(username), "posts", 100)).SelectMany(p => p).ToList();
        foreach (var post in posts)
        {
            var replies = (await Client.GetAllPagesAsync(Routes.Replies(post["id"]!.GetValue<long>()), "replies", 100)).Sum(p => p.Count);
            Assert.That(post["reply_count"]!.GetValue<int>(), Is.EqualTo(replies), $"reply_count of post {post["id"]}");
        }

        return new SocialStats(
            followers.Count,
            following.Count,
            posts.Count,
            posts.Sum(p => p["upvotes"]!.GetValue<int>()),
            posts.Sum(p => p["downvotes"]!.GetValue<int>()));
    }

    private async Task<(int Up, int Down, int Replies)> CountsAsync(long postId)
    {
        var post = await Client.GetPostAsync(postId);
        return (post["upvotes"]!.GetValue<int>(), post["downvotes"]!.GetValue<int>(), post["reply_count"]!.GetValue<int>());
    }
}
