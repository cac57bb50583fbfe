using System.Net;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Mirage.Domain.DirectMessages;
using Mirage.Infrastructure;
using Mirage.Infrastructure.Persistence;
using Mirage.Infrastructure.Persistence.DirectMessages;
using Mirage.Infrastructure.Persistence.Postgres;
using Mirage.Infrastructure.Persistence.Sqlite;
using Mirage.Tests.Api.Scale;
using Mirage.Tests.Api.Support;
using Npgsql;

namespace Mirage.Tests.Api.DirectMessages;

/// <summary>
/// Among 20,000 messages between other people, one user's inbox pages and counts are read through the
/// (sender_id, id) and (recipient_id, id) indexes, on each provider as its own planner explains them.
/// </summary>
[Category("Scale")]
public sealed class InboxQueryPlanTests(DatabaseProvider provider) : ApiTest(provider)
{
    private const int OtherPeoplesMessages = 20_000;
    private const string Table = "direct_messages";
    private const string SentIndex = "IX_direct_messages_sender_id_id";
    private const string ReceivedIndex = "IX_direct_messages_recipient_id_id";
    private readonly SqlCommandRecorder _recorder = new();
    private TestAccount _ann = null!;
    private long _annId;

    [OneTimeSetUp]
    public async Task SeedAsync()
    {
        _ann = await Client.RegisterAndLoginAsync();
        var (bob, cat) = (await Client.RegisterAndLoginAsync(), await Client.RegisterAndLoginAsync());
        using var scope = Factory.Services.CreateScope();
        var db = scope.ServiceProvider.GetRequiredService<MirageDbContext>();
        var ids = await db.Users.Where(u => new[] { _ann.Username, bob.Username, cat.Username }.Contains(u.Username)).ToDictionaryAsync(u => u.Username, u => u.Id);
        var (ann, bobId, catId) = (ids[_ann.Username], ids[bob.Username], ids[cat.Username]);
        _annId = ann;
        db.DirectMessages.AddRange(Enumerable.Range(0, OtherPeoplesMessages).Select(i => Message(i % 2 == 0 ? bobId : catId, i % 2 == 0 ? catId : bobId)));
        db.DirectMessages.AddRange(Enumerable.Range(0, 100).Select(i => Message(i % 2 == 0 ? ann : catId, i % 2 == 0 ? bobId : ann)));
        await db.SaveChangesAsync();
        if (Provider == DatabaseProvider.Postgres)
        {
            await db.Database.ExecuteSqlRawAsync($"ANALYZE {Table}");
        }
    }

    // A page is read past EF Core (DirectRead), so its statement is explained with the values the two pages send.
    [Test]
    public async Task InboxPages_AreReadAsOneIndexRangePerHalf()
    {
        var (first, cursor) = await Client.GetInboxAsync(_ann, Routes.Page(Routes.Inbox, 5));
        var (next, _) = await Client.GetInboxAsync(_ann, Routes.Page(Routes.Inbox, 5, cursor));
        Assert.That(first.Concat(next).Ids().ToList(), Is.Ordered.Descending.And.Unique.And.Count.EqualTo(10));

        using var scope = Factory.Services.CreateScope();
        var db = scope.ServiceProvider.GetRequiredService<MirageDbContext>();
        var pages = Explain([
            DirectReadCommand.Of(InboxQueries.PageRead, db, _annId, long.MaxValue, 6),
            DirectReadCommand.Of(InboxQueries.PageRead, db, _annId, first.Ids().Last(), 6),
        ]);

        Assert.That(pages, Has.Count.EqualTo(2));
        foreach (var plan in pages)
        {
            Assert.That(plan.Lines, Has.Some.Contains(SentIndex).And.Some.Contains(ReceivedIndex), plan.ToString());
            AssertNoTableScan(plan);
        }
    }

    [Test]
    public async Task InboxCount_IsCountedThroughTheIndexes()
    {
        _recorder.Clear();
        using var response = await Client.GetWithTokenAsync(Routes.InboxCount, _ann.Token);
        Assert.That(response.StatusCode, Is.EqualTo(HttpStatusCode.OK));

        var plans = Explain(_recorder.Commands);

        Assert.That(plans, Has.Count.EqualTo(1), string.Join("\n\n", _recorder.Commands.Select(c => c.Sql)));
        Assert.That(plans[0].Lines, Has.Some.Contains(SentIndex).And.Some.Contains(ReceivedIndex), plans[0].ToString());
        AssertNoTableScan(plans[0]);
    }

    protected override MirageApiFactory CreateFactory() => new(Provider, services =>
    {
        if (Provider == DatabaseProvider.Postgres)
        {
            services.ConfigureDbContext<PostgresMirageDbContext>(options => options.AddInterceptors(_recorder));
        }
        else
        {
            services.ConfigureDbContext<SqliteMirageDbContext>(options => options.AddInterceptors(_recorder));
        }
    });

    private static DirectMessage Message(long from, long to) => new() { SenderId = from, RecipientId = to, Message = "seeded", CreatedAt = DateTime.UtcNow };

    private static void AssertNoTableScan(InboxPlan plan)
    {
        TestContext.Out.WriteLine(plan);
        Assert.That(plan.TableScans, Is.Empty, plan.ToString());
    }

    // SQLite quotes table names and PostgreSQL does not; SQLite names a bare table scan "SCAN <alias>".
    private List<InboxPlan> Explain(IEnumerable<RecordedCommand> commands) =>
        commands
            .Where(c => c.Sql.TrimStart().StartsWith("SELECT", StringComparison.OrdinalIgnoreCase) && c.Sql.Contains(Table, StringComparison.Ordinal))
            .Select(c =>
            {
                if (Provider != DatabaseProvider.Postgres)
                {
                    var sqlite = QueryPlan.Explain(Factory.ConnectionString, c);
                    return new InboxPlan(c.Sql, sqlite.Lines, sqlite.FullScansOf([Table]));
                }

                var lines = ExplainOnPostgres(c);
                return new InboxPlan(c.Sql, lines, lines.Where(l => l.Contains($"Seq Scan on {Table}", StringComparison.Ordinal)).ToList());
            })
            .ToList();

    private List<string> ExplainOnPostgres(RecordedCommand recorded)
    {
        using var connection = new NpgsqlConnection(Factory.ConnectionString);
        connection.Open();
        using var command = new NpgsqlCommand("EXPLAIN " + recorded.Sql, connection);
        foreach (var (name, value) in recorded.Parameters)
        {
            command.Parameters.AddWithValue(name, value ?? DBNull.Value);
        }

        using var reader = command.ExecuteReader();
        var lines = new List<string>();
        while (reader.Read())
        {
            lines.Add(reader.GetString(0).Trim());
        }

        return lines;
    }
}
