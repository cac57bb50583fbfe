using System.Data.Common;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Mirage.Domain.Feed;
using Mirage.Infrastructure;
using Mirage.Infrastructure.Persistence;
using Mirage.Infrastructure.Persistence.DirectMessages;
using Mirage.Infrastructure.Persistence.Feed;
using Mirage.Infrastructure.Persistence.Follows;
using Mirage.Infrastructure.Persistence.Posts;
using Mirage.Infrastructure.Persistence.Profiles;
using Mirage.Infrastructure.Persistence.Replies;
using Mirage.Infrastructure.Persistence.Rooms;
using Mirage.Infrastructure.Persistence.Sessions;
using Mirage.Infrastructure.Persistence.Users;
using Mirage.Tests.Api.Support;

namespace Mirage.Tests.Api.Persistence;

/// <summary>
/// The reads that bypass EF Core (<see cref="DirectRead{T}"/>), whose SQL is written by hand, look their rows up
/// through indexes on both providers, explained with their parameters as the command sends them. PostgreSQL
/// explains with sequential scans turned off, so a plan that still reads a table whole has no index it can use,
/// however small the test's tables are.
/// </summary>
public sealed class DirectReadPlanTests(DatabaseProvider provider) : ApiTest(provider)
{
    [Test]
    public async Task SessionLookUp_IsReadThroughAnIndex() =>
        await AssertReadThroughIndexesAsync(SessionQueries.ByTokenHashRead, new string('a', 64));

    [Test]
    public async Task PublicProfile_IsReadThroughAnIndex() =>
        await AssertReadThroughIndexesAsync(ProfileQueries.ByNormalizedUsernameRead, "someone");

    [Test]
    public async Task OwnProfile_IsReadThroughAnIndex() =>
        await AssertReadThroughIndexesAsync(ProfileQueries.OwnByIdRead, 42L);

    [Test]
    public async Task UserByName_IsReadThroughAnIndex() =>
        await AssertReadThroughIndexesAsync(UserQueries.IdentityByNameRead, "someone");

    [Test]
    public async Task PostById_IsReadThroughAnIndex() =>
        await AssertReadThroughIndexesAsync(PostQueries.ExistsRead, 42L);

    [Test]
    public async Task PostsAuthor_IsReadThroughIndexes() =>
        await AssertReadThroughIndexesAsync(PostQueries.AuthorRead, 42L);

    [Test]
    public async Task PageOfAUsersPosts_IsReadThroughAnIndexInItsOrder() =>
        await AssertReadThroughIndexesAsync(PostQueries.ByAuthorRead, 42L, long.MaxValue, 21);

    [Test]
    public async Task PageOfAPostsReplies_IsReadThroughAnIndexInItsOrder() =>
        await AssertReadThroughIndexesAsync(ReplyQueries.ByPostRead, 42L, 0L, 21);

    [Test]
    public async Task PageOfFollowers_IsReadThroughAnIndexInItsOrder() =>
        await AssertReadThroughIndexesAsync(FollowQueries.FollowersRead, 42L, DateTime.UtcNow, long.MaxValue, 21);

    [Test]
    public async Task PageOfFollowing_IsReadThroughAnIndexInItsOrder() =>
        await AssertReadThroughIndexesAsync(FollowQueries.FollowingRead, 42L, DateTime.UtcNow, long.MaxValue, 21);

    [Test]
    public async Task RoomAccess_IsReadThroughIndexes() =>
        await AssertReadThroughIndexesAsync(RoomRepository.AccessRead, 42L, 7L);

    [Test]
    public async Task PollForNewRoomMessages_IsReadThroughAnIndexInItsOrder() =>
        await AssertReadThroughIndexesAsync(RoomQueries.MessagesAfterRead, 42L, DateTime.UtcNow, 100, 1000L);

    [Test]
    public async Task NewestRoomMessages_AreReadThroughAnIndexInItsOrder() =>
        await AssertReadThroughIndexesAsync(RoomQueries.NewestMessagesRead, 42L, DateTime.UtcNow, 100);

    // SQLite sorts each half's page for the merge, and the merged page again after the join: at most three pages.
    [Test]
    public async Task PageOfTheInbox_IsReadThroughIndexes() =>
        await AssertPlanAsync(InboxQueries.PageRead, sqliteSorts: 3, [42L, long.MaxValue, 21]);

    [Test]
    public async Task InboxReadMark_IsReadThroughAnIndex() =>
        await AssertReadThroughIndexesAsync(DirectMessageRepository.ReadMarkRead, 42L);

    // SQLite sorts the followees' posts within the feed's window, gathered from one index range per followee.
    [Test]
    public async Task FeedsRecentPosts_AreReadThroughIndexes() =>
        await AssertPlanAsync(
            FeedQueries.RecentRead,
            sqliteSorts: 1,
            [42L, FeedService.FollowedWindow, FeedService.FollowedShare, FeedService.OthersWindow, FeedService.Size - FeedService.OlderShare]);

    [Test]
    public async Task FeedsOlderPosts_AreReadThroughAnIndexInItsOrder() =>
        await AssertReadThroughIndexesAsync(FeedQueries.AtOrBeforeRead, 500L, FeedService.OlderShare);

    private Task AssertReadThroughIndexesAsync<T>(DirectRead<T> read, params object[] values)
        where T : class =>
        AssertPlanAsync(read, sqliteSorts: 0, values);

    // A read that gathers a page from several index ranges may be sorted by SQLite (`sqliteSorts` steps), which
    // does not carry a subquery's order out of it; any other sort would be of rows not read in their order.
    private async Task AssertPlanAsync<T>(DirectRead<T> read, int sqliteSorts, object[] values)
        where T : class
    {
        await using var scope = Factory.Services.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<MirageDbContext>();
        await db.Database.OpenConnectionAsync();
        var connection = db.Database.GetDbConnection();
        if (Provider == DatabaseProvider.Postgres)
        {
            await db.Database.ExecuteSqlRawAsync("SET enable_seqscan = off");
        }

        await using var command = read.CreateCommand(db, connection);
        command.CommandText = (Provider == DatabaseProvider.Postgres ? "EXPLAIN " : "EXPLAIN QUERY PLAN ") + command.CommandText;
        for (var i = 0; i < values.Length; i++)
        {
            command.Parameters[i].Value = values[i];
        }

        var plan = (await PlanAsync(command)).Select(line => line.Trim()).ToList();

        TestContext.Out.WriteLine(string.Join("\n", plan));
        // Every step is a search: SQLite's SCAN (of a table, not of a subquery's rows) and PostgreSQL's Seq Scan
        // read a table whole. A page is read in the index's order, not gathered and sorted, past the sorts the
        // read is known to make (asked of SQLite, whose plan does not depend on the tables' sizes).
        var subqueries = plan.Where(line => line.StartsWith("CO-ROUTINE ", StringComparison.Ordinal) || line.StartsWith("MATERIALIZE ", StringComparison.Ordinal))
            .Select(line => line.Split(' ')[1])
            .ToHashSet();
        var wholeTableReads = plan.Where(line => Provider == DatabaseProvider.Postgres
            ? line.Contains("Seq Scan", StringComparison.Ordinal)
            : line.StartsWith("SCAN ", StringComparison.Ordinal) && !subqueries.Contains(line.Split(' ')[1]));
        var sorts = plan.Count(line => Provider == DatabaseProvider.Sqlite && line.Contains("TEMP B-TREE", StringComparison.Ordinal));
        Assert.That(wholeTableReads, Is.Empty, string.Join("\n", plan));
        Assert.That(sorts, Is.LessThanOrEqualTo(sqliteSorts), string.Join("\n", plan));
    }

    private static async Task<List<string>> PlanAsync(DbCommand command)
    {
        var lines = new List<string>();
        await using var reader = await command.ExecuteReaderAsync();
        while (await reader.ReadAsync())
        {
            // PostgreSQL: one column of text; SQLite: id, parent, unused, detail.
            lines.Add(reader.GetString(reader.FieldCount - 1));
        }

        return lines;
    }
}
