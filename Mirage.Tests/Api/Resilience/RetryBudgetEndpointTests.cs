using Mirage.Infrastructure;
using Mirage.Infrastructure.Persistence.Postgres;
using Mirage.Tests.Api.Support;
using Npgsql;

namespace Mirage.Tests.Api.Resilience;

/// <summary>
/// A deadlock or serialization failure that does not pass is retried several times, but the client still gets
/// its answer in time: a 503 with <c>Retry-After</c>, not a 500 or a wait of many seconds, and nothing of the
/// attempts is stored. (A failure that passes is retried and counted once: <c>TransientRetryEndpointTests</c>;
/// a failed connection's retries are bounded too: <c>PostgresOutageEndpointTests</c>.)
/// </summary>
public sealed class RetryBudgetEndpointTests() : ApiTestBase(DatabaseProvider.Postgres)
{
    [Test]
    public async Task Follow_WhoseInsertIsAlwaysADeadlockVictim_IsRetriedThenAnswers503InTime_AndCountsNothing()
    {
        var follower = await Client.RegisterAndLoginAsync(Names.Unique("budget"));
        var followee = await Client.RegisterAndLoginAsync(Names.Unique("budgeted"));
        await using var deadlock = await FailingInserts.ArmAsync(Factory.Services, "follows", PostgresErrorCodes.DeadlockDetected);

        await Outage.TimedAsync(() => Client.PostAsAsync(follower, Routes.Follow, new { username = followee.Username }))
            .ShouldBeUnavailableInTimeAsync("follow");

        using (Assert.EnterMultipleScope())
        {
            Assert.That(await deadlock.AttemptsAsync(), Is.InRange(3, BoundedRetryStrategy.MaxRetries + 1), "the failure was retried");
            Assert.That((await Client.GetStatsAsync(followee.Username)).Followers, Is.Zero);
            Assert.That((await Client.GetStatsAsync(follower.Username)).Following, Is.Zero);
        }
    }

    [Test]
    public async Task Vote_WhoseInsertAlwaysFailsToSerialize_IsRetriedThenAnswers503InTime_AndCountsNothing()
    {
        var author = await Client.RegisterAndLoginAsync(Names.Unique("budget"));
        var voter = await Client.RegisterAndLoginAsync(Names.Unique("budgeted"));
        var postId = await Client.CreatePostAsync(author, "never voted on");
        await using var serializationFailure = await FailingInserts.ArmAsync(Factory.Services, "votes", PostgresErrorCodes.SerializationFailure);

        await Outage.TimedAsync(() => Client.PostAsAsync(voter, Routes.VotePost, new { post_id = postId, vote_type = "up" }))
            .ShouldBeUnavailableInTimeAsync("vote");

        using (Assert.EnterMultipleScope())
        {
            Assert.That(await serializationFailure.AttemptsAsync(), Is.InRange(3, BoundedRetryStrategy.MaxRetries + 1), "the failure was retried");
            Assert.That((await Client.GetStatsAsync(author.Username)).Upvotes, Is.Zero);
            Assert.That((await Client.GetPostAsync(postId))["upvotes"]!.GetValue<int>(), Is.Zero);
        }
    }
}
