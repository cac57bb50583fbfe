using Mirage.Infrastructure;
using Mirage.Tests.Api.Support;
using Npgsql;

namespace Mirage.Tests.Api.Persistence;

/// <summary>
/// On PostgreSQL a deadlock victim is retried as a whole unit of work: the caller sees success, and
/// what the failed attempt wrote before the failure is rolled back rather than counted twice.
/// </summary>
public sealed class TransientRetryEndpointTests() : ApiTestBase(DatabaseProvider.Postgres)
{
    [Test]
    public async Task Follow_WhoseInsertIsADeadlockVictimOnce_SucceedsAndIsCountedOnce()
    {
        var follower = await Client.RegisterAndLoginAsync(Names.Unique("retry"));
        var followee = await Client.RegisterAndLoginAsync(Names.Unique("retried"));
        await using var deadlock = await FailingInserts.ArmAsync(Factory.Services, "follows", PostgresErrorCodes.DeadlockDetected, failures: 1);

        await Client.FollowAsync(follower, followee.Username);

        var followeeStats = await Client.GetStatsAsync(followee.Username);
        var followerStats = await Client.GetStatsAsync(follower.Username);
        using (Assert.EnterMultipleScope())
        {
            Assert.That(await deadlock.AttemptsAsync(), Is.EqualTo(2), "the insert failed once and was tried again");
            Assert.That(followeeStats.Followers, Is.EqualTo(1));
            Assert.That(followerStats.Following, Is.EqualTo(1));
        }
    }

    [Test]
    public async Task CreatePost_WhoseHashtagsAreADeadlockVictimOnce_StoresThePostOnceWithItsHashtags()
    {
        var author = await Client.RegisterAndLoginAsync(Names.Unique("retry"));
        await using var deadlock = await FailingInserts.ArmAsync(Factory.Services, "post_hashtags", PostgresErrorCodes.DeadlockDetected, failures: 1);

        // The post row was written (and given an id) before the hashtags failed: the retry starts clean.
        var postId = await Client.CreatePostAsync(author, "retried #retrytag");

        var (posts, _) = await Client.GetPageAsync(Routes.Posts(author.Username), "posts");
        using var feed = await Client.GetWithTokenAsync(Routes.Feed, author.Token);
        var trending = (await feed.ReadJsonAsync())["trending_topics"]!.AsArray().Select(t => t!.GetValue<string>());
        using (Assert.EnterMultipleScope())
        {
            Assert.That(await deadlock.AttemptsAsync(), Is.EqualTo(2), "the insert failed once and was tried again");
            Assert.That(posts.Ids(), Is.EqualTo(new[] { postId }));
            Assert.That((await Client.GetStatsAsync(author.Username)).Posts, Is.EqualTo(1));
            Assert.That(trending, Does.Contain("#retrytag"));
        }
    }
}
