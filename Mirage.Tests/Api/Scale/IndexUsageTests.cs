using System.Net;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Mirage.Domain.Feed;
using Mirage.Infrastructure.Persistence;
using Mirage.Infrastructure.Persistence.Feed;
using Mirage.Infrastructure.Persistence.Sqlite;
using Mirage.Tests.Api.Support;

namespace Mirage.Tests.Api.Scale;

/// <summary>
/// With 10,000 users and 100,000 posts, the feed is answered through indexes: every query it sends is
/// explained by SQLite, and no plan reads the whole posts, follows or post_hashtags table. The feed's reads of
/// posts pass EF Core by, where the other queries are recorded, and are explained with the values a reader's
/// feed sends (the older posts from the middle of the table, where the feed picks them at random). (A user's post list bypasses EF Core too; <c>DirectReadPlanTests</c> explains it, and SQLite's plan
/// for it depends neither on the table's size nor on the page's position.)
/// </summary>
[Category("Scale")]
public sealed class IndexUsageTests : SqliteApiTest
{
    private const int UserCount = 10_000;
    private const int PostCount = 100_000;

    /// <summary>Twice the trending window (500 newest posts): a bounded read, far below the 100,000 posts.</summary>
    private const int MaxScanSteps = 1_000;
    private static readonly string[] Watched = ["posts", "follows", "post_hashtags"];
    private readonly SqlCommandRecorder _recorder = new();
    private TestAccount _follower = null!;

    [OneTimeSetUp]
    public async Task SeedAsync()
    {
        ScaleSeeder.Seed(Factory.ConnectionString, UserCount, PostCount, followsPerUser: 5);
        _follower = await Client.RegisterAndLoginAsync(Names.Unique("reader"));
        for (var i = 0; i < 50; i++)
        {
            using var followed = await Client.PostAsAsync(_follower, Routes.Follow, new { username = ScaleSeeder.Username(i * 97) });
            Assert.That(followed.StatusCode, Is.EqualTo(HttpStatusCode.OK), await followed.Content.ReadAsStringAsync());
        }
    }

    [Test]
    public async Task Feed_OfSomeoneWhoFollowsFifty_IsReadThroughIndexes()
    {
        _recorder.Clear();

        using var feed = await Client.GetWithTokenAsync(Routes.Feed, $"Bearer {_follower.Token}");

        await AssertFeedIsReadThroughIndexesAsync(feed, await FeedReadsOfAsync(_follower));
    }

    [Test]
    public async Task Feed_OfSomeoneWhoFollowsNobody_IsReadThroughIndexes()
    {
        var loner = await Client.RegisterAndLoginAsync(Names.Unique("loner"));
        _recorder.Clear();

        using var feed = await Client.GetWithTokenAsync(Routes.Feed, $"Bearer {loner.Token}");

        await AssertFeedIsReadThroughIndexesAsync(feed, await FeedReadsOfAsync(loner));
    }

    // "Everyone else's newest posts" skips the reader's own; the window of newest posts bounds that walk.
    [Test]
    public async Task Feed_OfSomeoneWhoWroteTheNewestPosts_ReadsAPageNotTheirPosts()
    {
        var prolific = await Client.RegisterAndLoginAsync(Names.Unique("prolific"));
        const int ownPosts = 20_000;
        ScaleSeeder.AddPosts(Factory.ConnectionString, prolific.Username, ownPosts);
        try
        {
            _recorder.Clear();
            using var feed = await Client.GetWithTokenAsync(Routes.Feed, $"Bearer {prolific.Token}");

            Assert.That(feed.StatusCode, Is.EqualTo(HttpStatusCode.OK));
            var plans = ExplainRecorded(await FeedReadsOfAsync(prolific));
            TestContext.Out.WriteLine(string.Join("\n\n", plans));
            var unbounded = plans.Where(p => p.FullScansOf(Watched).Count > 0 && p.FullScanSteps > MaxScanSteps).ToList();
            Assert.That(unbounded, Is.Empty, $"rows read past the page to skip the reader's own {ownPosts} newest posts");
        }
        finally
        {
            ScaleSeeder.DeletePostsOf(Factory.ConnectionString, prolific.Username);
        }
    }

    protected override MirageApiFactory CreateFactory() =>
        new(Provider, services => services.ConfigureDbContext<SqliteMirageDbContext>(options => options.AddInterceptors(_recorder)));

    private async Task AssertFeedIsReadThroughIndexesAsync(HttpResponseMessage feed, RecordedCommand[] directReads)
    {
        Assert.That(feed.StatusCode, Is.EqualTo(HttpStatusCode.OK));
        var body = await feed.ReadJsonAsync();
        Assert.That(body["posts"]!.AsArray(), Has.Count.EqualTo(30));
        Assert.That(body["trending_topics"]!.AsArray(), Has.Count.EqualTo(3));

        var plans = ExplainRecorded(directReads);
        // Counted at most once per lifetime and shared by the feeds in between (TrendingTopics).
        Assert.That(plans.Count(p => p.Touches(["post_hashtags"])), Is.AtMost(1), string.Join("\n\n", plans));
        AssertNoFullScans(plans);
    }

    // The feed's reads of posts pass EF Core by (DirectRead): they are explained as the reader's feed sends them,
    // the older posts from the middle of the table.
    private async Task<RecordedCommand[]> FeedReadsOfAsync(TestAccount reader)
    {
        await using var scope = Factory.Services.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<MirageDbContext>();
        var readerId = await db.Users.Where(u => u.Username == reader.Username).Select(u => u.Id).SingleAsync();
        return
        [
            DirectReadCommand.Of(
                FeedQueries.RecentRead, db, readerId, FeedService.FollowedWindow, FeedService.FollowedShare, FeedService.OthersWindow, FeedService.Size - FeedService.OlderShare),
            DirectReadCommand.Of(FeedQueries.AtOrBeforeRead, db, PostCount / 2L, FeedService.OlderShare),
        ];
    }

    private List<QueryPlan> ExplainRecorded(IEnumerable<RecordedCommand> directReads) =>
        _recorder.Commands
            .Concat(directReads)
            .Where(c => c.Sql.TrimStart().StartsWith("SELECT", StringComparison.OrdinalIgnoreCase))
            .Select(c => QueryPlan.Explain(Factory.ConnectionString, c))
            .Where(p => p.Touches(Watched))
            .ToList();

    // A bare "SCAN posts" is allowed only as a walk down the primary key that the LIMIT stops after a
    // page or a trending window; anything that reads more rows grows with the table.
    private static void AssertNoFullScans(List<QueryPlan> plans)
    {
        TestContext.Out.WriteLine(string.Join("\n\n", plans));
        var scans = plans.Where(p => p.FullScansOf(Watched).Count > 0 && p.FullScanSteps > MaxScanSteps).ToList();
        Assert.That(scans, Is.Empty, "Queries that read the table, not a page of it:\n\n" + string.Join("\n\n", scans));
    }
}
