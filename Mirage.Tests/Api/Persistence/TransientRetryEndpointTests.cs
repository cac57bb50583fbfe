using Microsoft.Extensions.DependencyInjection;
using Mirage.Infrastructure.Persistence;
using Mirage.Tests.Api.Social;

namespace Mirage.Tests.Api.Persistence;

/// <summary>
/// On PostgreSQL a deadlock victim is retried as a whole unit of work: the caller sees success, and
/// what the failed attempt wrote before the failure is rolled back rather than counted twice.
/// </summary>
public sealed class TransientRetryEndpointTests() : ApiTestBase(DatabaseProvider.Postgres)
{
    private readonly TransientFailureInjector _deadlockOnFollowInsert = new("INSERT INTO follows");

    [Test]
    public async Task Follow_WhoseInsertIsADeadlockVictimOnce_SucceedsAndIsCountedOnce()
    {
        var follower = await Client.RegisterAndLoginAsync(Names.Unique("retry"));
        var followee = await Client.RegisterAndLoginAsync(Names.Unique("retried"));

        await Client.FollowAsync(follower, followee.Username);

        var followeeStats = await Client.GetStatsAsync(followee.Username);
        var followerStats = await Client.GetStatsAsync(follower.Username);
        using (Assert.EnterMultipleScope())
        {
            Assert.That(_deadlockOnFollowInsert.Failures, Is.EqualTo(1), "the failure must have been injected");
            Assert.That(followeeStats.Followers, Is.EqualTo(1));
            Assert.That(followerStats.Following, Is.EqualTo(1));
        }
    }

    protected override MirageApiFactory CreateFactory() =>
        new(Provider, services => services.ConfigureDbContext<PostgresMirageDbContext>(options => options.AddInterceptors(_deadlockOnFollowInsert)));
}
