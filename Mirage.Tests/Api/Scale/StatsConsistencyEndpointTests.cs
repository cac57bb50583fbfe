using System.Net;
using Microsoft.Extensions.DependencyInjection;
using Mirage.Infrastructure;
using Mirage.Infrastructure.Persistence;
using Mirage.Tests.Api.Support;

namespace Mirage.Tests.Api.Scale;

/// <summary>
/// Hundreds of real concurrent requests, then every stored counter is compared with a recount of
/// the rows it counts: stats must be the truth under any mix of concurrent changes.
/// </summary>
public sealed class StatsConsistencyEndpointTests(DatabaseProvider provider) : ApiTest(provider)
{
    [Test]
    public async Task MixedConcurrentRequests_FromEveryUser_LeaveEveryCounterEqualToItsRows()
    {
        var users = await RegisterUsersAsync("mix", 8);
        var posts = new List<(TestAccount Author, long Id)>();
        foreach (var user in users)
        {
            for (var i = 0; i < 4; i++)
            {
                posts.Add((user, await Client.CreatePostAsync(user, $"post {i} of {user.Username} #scale")));
            }
        }

        var plan = new MixedRequestPlan(new Random(42), users, posts);
        var requests = Enumerable.Range(0, 400).Select(_ => plan.Next()).ToList();

        var answers = await Client.SendAllAtOnceAsync(requests);

        await TestContext.Out.WriteLineAsync(SocialRun.Summary(answers));
        SocialRun.AssertNoServerErrors(answers);
        var succeeded = answers.Where(a => a.Status is HttpStatusCode.OK or HttpStatusCode.Created).Select(a => a.Request.Kind).ToHashSet();
        Assert.That(succeeded, Is.SupersetOf(requests.Select(r => r.Kind).Distinct()), SocialRun.Summary(answers));
        await AssertCountersEqualRowsAsync(users);
    }

    [Test]
    public async Task ManyUsersFlippingVotesOnOnePost_AndFollowingOneUser_LeaveEveryCounterEqualToItsRows()
    {
        var author = await Client.RegisterAndLoginAsync(Names.Unique("hot"));
        var postId = await Client.CreatePostAsync(author, "the one post everyone votes on");
        var voters = await RegisterUsersAsync("flip", 12);

        var random = new Random(42);
        var requests = new List<SocialRequest>();
        foreach (var voter in voters)
        {
            for (var i = 0; i < 20; i++)
            {
                requests.Add(random.Next(3) switch
                {
                    0 => SocialRequest.Vote(voter, postId, "up"),
                    1 => SocialRequest.Vote(voter, postId, "down"),
                    _ => SocialRequest.Unvote(voter, postId),
                });
            }

            for (var i = 0; i < 10; i++)
            {
                requests.Add(random.Next(2) == 0 ? SocialRequest.Follow(voter, author) : SocialRequest.Unfollow(voter, author));
            }
        }

        var answers = await Client.SendAllAtOnceAsync(requests.OrderBy(_ => random.Next()));

        await TestContext.Out.WriteLineAsync(SocialRun.Summary(answers));
        SocialRun.AssertNoServerErrors(answers);
        Assert.That(answers.Count(a => a.Status == HttpStatusCode.OK), Is.GreaterThan(requests.Count / 10), SocialRun.Summary(answers));
        await AssertCountersEqualRowsAsync([author, .. voters]);
    }

    [Test]
    public async Task DeletingAccounts_WhileTheirOtherDevicesKeepVotingWithdrawingReplyingPostingAndFollowing_LeaveEveryCounterEqualToItsRows()
    {
        var stayers = await RegisterUsersAsync("stay", 4);
        var posts = new List<(TestAccount Author, long Id)>();
        foreach (var stayer in stayers)
        {
            posts.Add((stayer, await Client.CreatePostAsync(stayer, "a post that outlives some of its voters")));
        }

        var leavers = await RegisterUsersAsync("leave", 4);
        var otherDevices = new List<TestAccount>();
        foreach (var leaver in leavers)
        {
            otherDevices.Add(leaver with { Token = await Client.LoginForTokenAsync(leaver.Username) });
        }

        // Each leaver's other device acts until its session dies with the account, so some of its
        // requests are certain to run while the deletion does.
        var activity = otherDevices.Select(device => KeepActingUntilSignedOutAsync(device, posts)).ToList();
        var deletions = leavers.Select(leaver => Client.SendWithTokenAsync(HttpMethod.Post, Routes.DeleteAccount, leaver.Token, new { password = leaver.Password }));
        var deleted = await Task.WhenAll(deletions);
        var answers = (await Task.WhenAll(activity)).SelectMany(a => a).ToList();

        await TestContext.Out.WriteLineAsync(SocialRun.Summary(answers));
        SocialRun.AssertNoServerErrors(answers);
        Assert.That(deleted.Select(d => d.StatusCode), Is.All.EqualTo(HttpStatusCode.OK));
        await AssertCountersEqualRowsAsync(stayers);
    }

    private async Task<List<SocialRun.Answer>> KeepActingUntilSignedOutAsync(TestAccount device, IReadOnlyList<(TestAccount Author, long Id)> posts)
    {
        var answers = new List<SocialRun.Answer>();
        for (var i = 0; i < 1000; i++)
        {
            var (author, postId) = posts[i % posts.Count];
            var request = (i / posts.Count % 6) switch
            {
                0 => SocialRequest.Vote(device, postId, "up"),
                1 => SocialRequest.Reply(device, postId),
                2 => SocialRequest.Follow(device, author),
                3 => SocialRequest.Vote(device, postId, "down"),
                4 => SocialRequest.Unvote(device, postId),
                _ => SocialRequest.Post(device, "posted while leaving"),
            };
            using var response = await Client.PostAsAsync(device, request.Path, request.Body);
            answers.Add(new SocialRun.Answer(request, response.StatusCode, await response.Content.ReadAsStringAsync()));
            if (response.StatusCode == HttpStatusCode.Unauthorized)
            {
                break;
            }
        }

        return answers;
    }

    private async Task<List<TestAccount>> RegisterUsersAsync(string prefix, int count)
    {
        var users = new List<TestAccount>();
        for (var i = 0; i < count; i++)
        {
            users.Add(await Client.RegisterAndLoginAsync(Names.Unique(prefix)));
        }

        return users;
    }

    // The rows recount every counter, and what /api/user shows is what is stored.
    private async Task AssertCountersEqualRowsAsync(IReadOnlyList<TestAccount> users)
    {
        using var scope = Factory.Services.CreateScope();
        var db = scope.ServiceProvider.GetRequiredService<MirageDbContext>();
        var mismatches = await StatsRecount.FindMismatchesAsync(db);
        Assert.That(mismatches, Is.Empty, string.Join("\n", mismatches));

        var stored = db.Users.Select(u => new { u.Id, u.Stats }).ToDictionary(u => u.Id, u => u.Stats);
        foreach (var user in users)
        {
            using var response = await Client.GetAsync(Routes.User(user.Username));
            var shown = (await response.ReadJsonAsync())["stats"]!;
            var id = db.Users.Single(u => u.Username == user.Username).Id;
            var expected = stored[id];
            Assert.That(
                new[] { "followers", "following", "posts", "upvotes", "downvotes" }.Select(k => shown[k]!.GetValue<int>()),
                Is.EqualTo(new[] { expected.Followers, expected.Following, expected.Posts, expected.Upvotes, expected.Downvotes }),
                user.Username);
        }
    }
}
