using Microsoft.Extensions.DependencyInjection;
using Mirage.Infrastructure;
using Mirage.Infrastructure.Persistence.Postgres;
using Mirage.Tests.Api.Support;

namespace Mirage.Tests.Api.Resilience;

/// <summary>
/// A deadlock that does not pass is retried, but only so often: the client gets a 503 with <c>Retry-After</c>,
/// not a 500, and nothing of the attempts is stored. (A failure that passes is retried and counted once:
/// <c>TransientRetryEndpointTests</c>; a failed connection's retries are bounded in time: <c>PostgresOutageEndpointTests</c>.)
/// </summary>
public sealed class RetryBudgetEndpointTests() : ApiTestBase(DatabaseProvider.Postgres)
{
    private readonly PersistentDeadlock _deadlock = new("INSERT INTO follows");

    [Test]
    public async Task Follow_WhoseInsertIsAlwaysADeadlockVictim_IsRetriedThenAnswers503_AndCountsNothing()
    {
        var follower = await Client.RegisterAndLoginAsync(Names.Unique("budget"));
        var followee = await Client.RegisterAndLoginAsync(Names.Unique("budgeted"));

        await Outage.TimedAsync(() => Client.PostAsAsync(follower, Routes.Follow, new { username = followee.Username }))
            .ShouldBeUnavailableInTimeAsync("follow", TimeSpan.FromSeconds(20));

        using (Assert.EnterMultipleScope())
        {
            Assert.That(_deadlock.Attempts, Is.EqualTo(PostgresOptions.MaxTransientRetries + 1), "the failure was retried");
            Assert.That((await Client.GetStatsAsync(followee.Username)).Followers, Is.Zero);
            Assert.That((await Client.GetStatsAsync(follower.Username)).Following, Is.Zero);
        }
    }

    protected override MirageApiFactory CreateFactory() =>
        new(Provider, services => services.ConfigureDbContext<PostgresMirageDbContext>(options => options.AddInterceptors(_deadlock)));
}
