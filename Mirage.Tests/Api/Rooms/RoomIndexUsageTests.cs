using System.Net;
using System.Text.RegularExpressions;
using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Mirage.Domain.Rooms;
using Mirage.Infrastructure;
using Mirage.Infrastructure.Persistence;
using Mirage.Infrastructure.Persistence.Postgres;
using Mirage.Infrastructure.Persistence.Rooms;
using Mirage.Infrastructure.Persistence.Sqlite;
using Mirage.Tests.Api.Scale;
using Mirage.Tests.Api.Support;

namespace Mirage.Tests.Api.Rooms;

/// <summary>
/// With 20,000 rooms (the public ones, few as the cap keeps them, created last) and 20,000 messages, every room read (a poll for new messages, the newest messages, the
/// room lists, a room's members) is answered through an index on both providers: each query it sends (recorded
/// from EF Core, or for the message reads, which pass EF Core by, their statements with the values a request sends) is
/// explained by the database, and no plan reads the rooms, room_members or room_messages table whole.
/// </summary>
[Category("Scale")]
public sealed class RoomIndexUsageTests(DatabaseProvider provider) : ApiTest(provider)
{
    private const int RoomCount = 20_000;
    private const int PublicRooms = 10;
    private const int ReadersRooms = 40;
    private const int MessagesPerRoom = 500;

    /// <summary>SQLite may walk a primary key that a LIMIT stops after a page; anything longer grows with the table.</summary>
    private const int MaxScanSteps = 200;
    private const string MessagesIndex = "IX_room_messages_room_id_id";
    private static readonly string[] Watched = ["rooms", "room_members", "room_messages"];

    private readonly SqlCommandRecorder _recorder = new();
    private TestAccount _reader = null!;
    private long _readerId;
    private List<long> _readersRooms = null!;
    private long _middleMessageId;

    [OneTimeSetUp]
    public async Task SeedAsync()
    {
        _reader = await Client.RegisterAndLoginAsync(Names.Unique("reader"));
        var filler = await Client.RegisterAndLoginAsync(Names.Unique("filler"));
        await using var scope = Factory.Services.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<MirageDbContext>();
        var readerId = _readerId = await db.Users.Where(u => u.Username == _reader.Username).Select(u => u.Id).SingleAsync();
        var fillerId = await db.Users.Where(u => u.Username == filler.Username).Select(u => u.Id).SingleAsync();
        var now = DateTime.UtcNow;

        var rooms = Enumerable.Range(0, RoomCount).Select(i => new Room
        {
            Name = $"seed {i}", NormalizedName = $"seed {i}", IsPrivate = i < RoomCount - PublicRooms, CreatorId = fillerId, CreatedAt = now,
        }).ToList();
        db.Rooms.AddRange(rooms);
        await db.SaveChangesAsync();
        db.RoomMembers.AddRange(rooms.Select(r => new RoomMember { RoomId = r.Id, UserId = fillerId, JoinedAt = now }));
        _readersRooms = rooms.Take(ReadersRooms).Select(r => r.Id).ToList();
        db.RoomMembers.AddRange(_readersRooms.Select(id => new RoomMember { RoomId = id, UserId = readerId, JoinedAt = now }));
        db.RoomMessages.AddRange(_readersRooms.SelectMany(roomId => Enumerable.Range(0, MessagesPerRoom).Select(i => new RoomMessage
        {
            RoomId = roomId, UserId = fillerId, Message = $"message {i}", CreatedAt = now, ExpiresAt = now.AddHours(15),
        })));
        await db.SaveChangesAsync();
        _middleMessageId = await db.RoomMessages.Where(m => m.RoomId == _readersRooms[0]).OrderBy(m => m.Id).Skip(MessagesPerRoom / 2).Select(m => m.Id).FirstAsync();
        Analyze();
    }

    // A message read sends its statements past EF Core (DirectRead), so the test explains them as they are sent.
    [Test]
    public async Task PollingForNewMessages_IsReadThroughTheRoomAndIdIndex() =>
        await AssertReadThroughIndexesAsync(
            Routes.RoomMessages(_readersRooms[0], _middleMessageId),
            MessagesIndex,
            db => [
                DirectReadCommand.Of(RoomRepository.AccessRead, db, _readersRooms[0], _readerId),
                DirectReadCommand.Of(RoomQueries.MessagesAfterRead, db, _readersRooms[0], DateTime.UtcNow, RoomChatService.MessagesPerRead, _middleMessageId),
            ]);

    [Test]
    public async Task ReadingTheNewestMessages_IsReadThroughTheRoomAndIdIndex() =>
        await AssertReadThroughIndexesAsync(
            Routes.RoomMessages(_readersRooms[1]),
            MessagesIndex,
            db => [
                DirectReadCommand.Of(RoomRepository.AccessRead, db, _readersRooms[1], _readerId),
                DirectReadCommand.Of(RoomQueries.NewestMessagesRead, db, _readersRooms[1], DateTime.UtcNow, RoomChatService.MessagesPerRead),
            ]);

    [TestCase(Routes.Rooms)]
    [TestCase(Routes.UserRooms)]
    public async Task RoomLists_AreReadThroughIndexes(string path) => await AssertReadThroughIndexesAsync(Routes.Page(path, 20), null);

    [Test]
    public async Task RoomMembers_AreReadThroughIndexes() =>
        await AssertReadThroughIndexesAsync(Routes.Page(Routes.RoomMembers(_readersRooms[2]), 10), null);

    protected override MirageApiFactory CreateFactory() => new(Provider, services =>
    {
        services.ConfigureDbContext<SqliteMirageDbContext>(options => options.AddInterceptors(_recorder));
        services.ConfigureDbContext<PostgresMirageDbContext>(options => options.AddInterceptors(_recorder));
    });

    private async Task AssertReadThroughIndexesAsync(string path, string? expectedIndex, Func<MirageDbContext, RecordedCommand[]>? directReads = null)
    {
        _recorder.Clear();
        using var response = await Client.GetWithTokenAsync(path, _reader.Token);
        Assert.That(response.StatusCode, Is.EqualTo(HttpStatusCode.OK), await response.Content.ReadAsStringAsync());

        await using var scope = Factory.Services.CreateAsyncScope();
        var reads = _recorder.Commands
            .Concat(directReads?.Invoke(scope.ServiceProvider.GetRequiredService<MirageDbContext>()) ?? [])
            .Where(c => c.Sql.TrimStart().StartsWith("SELECT", StringComparison.OrdinalIgnoreCase) && Watched.Any(t => Regex.IsMatch(c.Sql, $@"\b{t}\b")))
            .ToList();
        Assert.That(reads, Is.Not.Empty);
        var (plans, wholeTableReads) = Provider == DatabaseProvider.Postgres ? ExplainOnPostgres(reads) : ExplainOnSqlite(reads);
        TestContext.Out.WriteLine(string.Join("\n\n", plans));
        Assert.That(wholeTableReads, Is.Empty, "Queries that read a table, not a page of it:\n\n" + string.Join("\n\n", wholeTableReads));
        if (expectedIndex is not null)
        {
            Assert.That(plans, Has.Some.Contains(expectedIndex));
        }
    }

    private (List<string> Plans, List<string> WholeTableReads) ExplainOnSqlite(List<RecordedCommand> reads)
    {
        var plans = reads.Select(c => QueryPlan.Explain(Factory.ConnectionString, c)).ToList();
        return (plans.Select(p => p.ToString()).ToList(),
            plans.Where(p => p.FullScansOf(Watched).Count > 0 && p.FullScanSteps > MaxScanSteps).Select(p => p.ToString()).ToList());
    }

    private (List<string> Plans, List<string> WholeTableReads) ExplainOnPostgres(List<RecordedCommand> reads)
    {
        var plans = reads.Select(c => PostgresQueryPlan.Explain(Factory.ConnectionString, c)).ToList();
        return (plans.Select(p => p.ToString()).ToList(), plans.Where(p => p.SeqScansOf(Watched).Count > 0).Select(p => p.ToString()).ToList());
    }

    private void Analyze()
    {
        if (Provider == DatabaseProvider.Postgres)
        {
            PostgresQueryPlan.Analyze(Factory.ConnectionString);
            return;
        }

        using var connection = new SqliteConnection(Factory.ConnectionString);
        connection.Open();
        using var command = connection.CreateCommand();
        command.CommandText = "ANALYZE";
        command.ExecuteNonQuery();
    }
}
