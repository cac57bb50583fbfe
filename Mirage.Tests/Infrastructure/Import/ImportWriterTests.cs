using System.Globalization;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Mirage.Domain.Posts;
using Mirage.Domain.Rooms;
using Mirage.Domain.Sessions;
using Mirage.Domain.Users;
using Mirage.Domain.Votes;
using Mirage.Infrastructure;
using Mirage.Infrastructure.Import;
using Mirage.Infrastructure.Persistence;
using Mirage.Tests.Api.Support;
using Mirage.Tests.Builders;

namespace Mirage.Tests.Infrastructure.Import;

/// <summary>
/// The import's writer as each provider has it (EF on SQLite, binary COPY on PostgreSQL), on a migrated database:
/// what it writes reads back through EF as it was written, and a failure or a cancellation part-way leaves nothing
/// behind once the import's transaction is gone. Each test has a new, empty database.
/// </summary>
public sealed class ImportWriterTests(DatabaseProvider provider) : ApiTest(provider)
{
    private static readonly DateTime Written = new(2026, 12, 1, 23, 19, 7, DateTimeKind.Utc);
    private static readonly Guid SessionId = Guid.NewGuid();

    [Test]
    public async Task Batch_WithDependentsBeforeTheirPrincipals_ReadsBackAsWritten()
    {
        using var target = NewTarget();
        await InTransactionAsync(target, commit: true, writer => writer.WriteAsync(
            [
                new Vote { UserId = 2, PostId = 10, Direction = VoteDirection.Down, CreatedAt = Written },
                new PostHashtag { PostId = 10, Tag = "mirage" },
                new RoomMessage { RoomId = 5, UserId = 1, Message = "hi", CreatedAt = Written, ExpiresAt = Written.AddHours(15) },
                new Session { Id = SessionId, UserId = 1, TokenHash = new string('a', Session.TokenHashLength), CreatedAt = Written, LastSeenAt = Written, ExpiresAt = Written },
                new Post { Id = 10, UserId = 1, Content = "#mirage", CreatedAt = Written.ToLocalTime() },
                new Room { Id = 5, Name = "Lobby", NormalizedName = "lobby", CreatedAt = Written },
                NewUser(1),
                NewUser(2, lockedUntil: Written),
            ],
            CancellationToken.None));

        await using var scope = target.Services.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<MirageDbContext>();
        var users = await db.Users.AsNoTracking().Include(u => u.Stats).OrderBy(u => u.Id).ToListAsync();
        Assert.That(users.Select(u => (u.Id, u.Username, u.AvatarUrl, u.LockedUntil)), Is.EqualTo(new[] { (1L, "user1", (string?)null, (DateTime?)null), (2L, "user2", null, Written) }));
        Assert.That(users.Select(u => u.Stats.Posts), Is.EqualTo(new[] { 0, 0 }), "each user carries its stats row");
        Assert.That((await db.Posts.AsNoTracking().SingleAsync()).CreatedAt, Is.EqualTo(Written), "a local time is stored as the same instant");
        Assert.That((await db.Votes.AsNoTracking().SingleAsync()).Direction, Is.EqualTo(VoteDirection.Down));
        Assert.That((await db.PostHashtags.AsNoTracking().SingleAsync()).Tag, Is.EqualTo("mirage"));
        Assert.That((await db.RoomMessages.AsNoTracking().SingleAsync()).Id, Is.GreaterThan(0), "the database numbers room messages");
        Assert.That((await db.Sessions.AsNoTracking().SingleAsync()).Id, Is.EqualTo(SessionId));
        Assert.That((await db.Rooms.AsNoTracking().SingleAsync()).Name, Is.EqualTo("Lobby"));
    }

    [Test]
    public async Task Batch_IsStoredExactlyAsSaveChangesStoresIt()
    {
        // Same entities, once through EF's SaveChanges and once through the provider's writer: every column of every
        // table must hold the same stored value (a Guid as text or a blob, a time's text format), or EF's own queries
        // (a session found by its id, posts by time) would stop matching imported rows.
        using var saved = NewTarget();
        using var written = NewTarget();
        await using (var scope = saved.Services.CreateAsyncScope())
        {
            var context = scope.ServiceProvider.GetRequiredService<MirageDbContext>();
            context.AddRange(SampleBatch());
            await context.SaveChangesAsync();
        }

        await InTransactionAsync(written, commit: true, writer => writer.WriteAsync(SampleBatch(), CancellationToken.None));

        var expected = await StoredRowsAsync(saved);
        Assert.That(expected.Count(row => row.StartsWith("sessions:", StringComparison.Ordinal)), Is.EqualTo(1), "the sample covers a Guid key");
        Assert.That(await StoredRowsAsync(written), Is.EqualTo(expected));

        await using var reading = written.Services.CreateAsyncScope();
        var db = reading.ServiceProvider.GetRequiredService<MirageDbContext>();
        Assert.That(await db.Sessions.AnyAsync(s => s.Id == SessionId), Is.True, "EF finds an imported session by its id");
        Assert.That(await db.Posts.AnyAsync(p => p.CreatedAt == Written), Is.True, "EF finds an imported post by its time");
    }

    [Test]
    public async Task Write_ManyRowsOfATable_WritesEveryRowOnce()
    {
        // A batch as large as the importer's: every row through the one kept statement of its table.
        using var target = NewTarget();
        await InTransactionAsync(target, commit: true, writer => writer.WriteAsync(Enumerable.Range(1, 2_000).Select(id => (object)NewUser(id)).ToList(), CancellationToken.None));

        await using var scope = target.Services.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<MirageDbContext>();
        Assert.That(await db.Users.OrderBy(u => u.Id).Select(u => u.Username).ToListAsync(), Is.EqualTo(Enumerable.Range(1, 2_000).Select(id => $"user{id}")));
        Assert.That(await db.UserStats.CountAsync(), Is.EqualTo(2_000), "each user's stats row comes with it");
    }

    [Test]
    public async Task Write_FailingPartWay_LeavesTheTargetAsItWas()
    {
        using var target = NewTarget();

        // The second batch's last row points at a post that does not exist: the rows before it were already sent.
        await InTransactionAsync(target, commit: false, async writer =>
        {
            await writer.WriteAsync([NewUser(1), NewUser(2)], CancellationToken.None);
            Assert.That(
                async () => await writer.WriteAsync([new Post { Id = 10, UserId = 1, Content = "x" }, new Vote { UserId = 2, PostId = 11 }], CancellationToken.None),
                Throws.Exception);
        });

        Assert.That(await CountUsersAsync(target), Is.Zero);
    }

    [Test]
    public async Task Write_CancelledBetweenBatchesOfATable_LeavesTheTargetAsItWas()
    {
        using var target = NewTarget();
        using var cancellation = new CancellationTokenSource();

        await InTransactionAsync(target, commit: false, async writer =>
        {
            await writer.WriteAsync([NewUser(1), NewUser(2)], cancellation.Token);
            await cancellation.CancelAsync();
            Assert.That(async () => await writer.WriteAsync([NewUser(3)], cancellation.Token), Throws.InstanceOf<OperationCanceledException>());
        });

        Assert.That(await CountUsersAsync(target), Is.Zero);
    }

    [Test]
    public async Task Write_OutsideATransaction_IsRefused()
    {
        using var target = NewTarget();
        await using var scope = target.Services.CreateAsyncScope();

        Assert.That(
            async () => await scope.ServiceProvider.GetRequiredService<IImportWriter>().WriteAsync([NewUser(1)], CancellationToken.None),
            Throws.InvalidOperationException);
        Assert.That(await CountUsersAsync(target), Is.Zero);
    }

    private MirageApiFactory NewTarget()
    {
        var target = new MirageApiFactory(Provider);
        target.CreateClient().Dispose();
        return target;
    }

    private static async Task InTransactionAsync(MirageApiFactory target, bool commit, Func<IImportWriter, Task> work)
    {
        await using var scope = target.Services.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<MirageDbContext>();
        await using var transaction = await db.Database.BeginTransactionAsync();
        await work(scope.ServiceProvider.GetRequiredService<IImportWriter>());
        if (commit)
        {
            await transaction.CommitAsync();
        }
    }

    /// <returns>Every row of every table as "table: value, value, ...", as the database returns it, sorted.</returns>
    private static async Task<List<string>> StoredRowsAsync(MirageApiFactory target)
    {
        await using var scope = target.Services.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<MirageDbContext>();
        var connection = db.Database.GetDbConnection();
        await connection.OpenAsync();
        var rows = new List<string>();
        foreach (var table in db.Model.GetEntityTypes().Select(t => t.GetTableName()).OfType<string>().Distinct())
        {
            await using var command = connection.CreateCommand();
            command.CommandText = $"SELECT * FROM \"{table}\"";
            await using var reader = await command.ExecuteReaderAsync();
            while (await reader.ReadAsync())
            {
                var values = Enumerable.Range(0, reader.FieldCount).Select(i => reader.IsDBNull(i) ? "NULL" : $"{reader.GetValue(i).GetType().Name} {Convert.ToString(reader.GetValue(i), CultureInfo.InvariantCulture)}");
                rows.Add($"{table}: {string.Join(", ", values)}");
            }
        }

        return rows.Order(StringComparer.Ordinal).ToList();
    }

    private static List<object> SampleBatch() =>
    [
        new Vote { UserId = 2, PostId = 10, Direction = VoteDirection.Down, CreatedAt = Written },
        new PostHashtag { PostId = 10, Tag = "mirage" },
        new Session { Id = SessionId, UserId = 1, TokenHash = new string('a', Session.TokenHashLength), CreatedAt = Written, LastSeenAt = Written, ExpiresAt = Written, UserAgent = "test" },
        new Post { Id = 10, UserId = 1, Content = "#mirage", CreatedAt = Written },
        new Room { Id = 5, Name = "Lobby", NormalizedName = "lobby", CreatedAt = Written },
        NewUser(1),
        NewUser(2, lockedUntil: Written),
    ];

    private static async Task<int> CountUsersAsync(MirageApiFactory target)
    {
        await using var scope = target.Services.CreateAsyncScope();
        return await scope.ServiceProvider.GetRequiredService<MirageDbContext>().Users.CountAsync();
    }

    private static User NewUser(long id, DateTime? lockedUntil = null) =>
        new UserBuilder().WithId(id).WithUsername($"user{id}").WithEmail($"user{id}@example.com").WithCreatedAt(Written).WithLockedUntil(lockedUntil).Build();
}
