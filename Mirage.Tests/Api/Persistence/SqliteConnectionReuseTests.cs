using System.Data;
using System.Data.Common;
using System.Net;
using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Mirage.Infrastructure;
using Mirage.Infrastructure.Persistence;
using Mirage.Infrastructure.Persistence.Sqlite;
using Mirage.Tests.Api.Support;

namespace Mirage.Tests.Api.Persistence;

/// <summary>
/// On SQLite a pooled context keeps its connection open (<see cref="KeepOpenSqliteConnection"/>); PostgreSQL
/// connections go back to Npgsql's pool after each command, as they should. That class extends an EF Core
/// internal type, so these tests are what tells an EF Core upgrade broke it (migrations.md, "EF Core upgrades").
/// </summary>
public sealed class SqliteConnectionReuseTests : SqliteApiTest
{
    private readonly SqlCommandRecorder _recorder = new();

    [Test]
    public async Task Connection_StaysOpenAcrossRequests()
    {
        var account = await Client.RegisterAndLoginAsync();
        var opensBefore = _recorder.ConnectionOpens;

        for (var i = 0; i < 20; i++)
        {
            using var response = await Client.GetAsync(Routes.User(account.Username));
            Assert.That(response.StatusCode, Is.EqualTo(HttpStatusCode.OK));
        }

        // One request at a time reuses the same pooled context, whose connection is already open.
        Assert.That(_recorder.ConnectionOpens - opensBefore, Is.LessThanOrEqualTo(2), "20 profile reads opened the connection again and again");
    }

    [Test]
    public async Task Connection_KeptOpen_CarriesNoTransactionIntoTheNextRequest()
    {
        var first = await Client.RegisterAndLoginAsync();

        // A unit of work that writes in a transaction and ends without committing, on a pooled context whose
        // connection stays open: the pool must hand that connection on with the write rolled back and no
        // transaction (or write lock) left, so the next request's writes commit for everyone.
        await using (var scope = Factory.Services.CreateAsyncScope())
        {
            var db = scope.ServiceProvider.GetRequiredService<MirageDbContext>();
            await using var transaction = await db.Database.BeginTransactionAsync();
            await db.Database.ExecuteSqlAsync($"UPDATE users SET description = 'never committed' WHERE username = {first.Username}");
        }

        var second = await Client.RegisterAndLoginAsync();

        await using var other = new SqliteConnection(Factory.ConnectionString);
        await other.OpenAsync();
        using (Assert.EnterMultipleScope())
        {
            Assert.That(await ScalarAsync(other, "SELECT COUNT(*) FROM users WHERE username = $name", second.Username), Is.EqualTo(1L));
            Assert.That(await ScalarAsync(other, "SELECT description FROM users WHERE username = $name", first.Username), Is.Not.EqualTo("never committed"));
        }
    }

    [Test]
    public async Task Connection_OfAContextThePoolDoesNotKeep_IsClosed()
    {
        // More contexts in use at once than the pool keeps: when they end, the pool keeps its share with their
        // open connections and disposes the rest, whose connections must close rather than stay open unowned.
        const int beyondThePool = 8;
        var scopes = Enumerable.Range(0, SqliteOptions.ContextPoolSize + beyondThePool)
            .Select(_ => Factory.Services.CreateAsyncScope())
            .ToList();
        var connections = new List<DbConnection>();
        foreach (var scope in scopes)
        {
            var db = scope.ServiceProvider.GetRequiredService<MirageDbContext>();
            await db.Users.AnyAsync();
            connections.Add(db.Database.GetDbConnection());
        }

        foreach (var scope in scopes)
        {
            await scope.DisposeAsync();
        }

        using (Assert.EnterMultipleScope())
        {
            Assert.That(connections.Distinct().Count(), Is.EqualTo(scopes.Count), "one connection per context");
            Assert.That(connections.Count(c => c.State == ConnectionState.Open), Is.EqualTo(SqliteOptions.ContextPoolSize));
        }
    }

    [Test]
    public async Task Connection_KeepsASmallPageCache()
    {
        await using var scope = Factory.Services.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<MirageDbContext>();

        var cacheSize = await db.Database.SqlQueryRaw<int>("PRAGMA cache_size").ToListAsync();

        Assert.That(cacheSize.Single(), Is.EqualTo(-KeepOpenSqliteConnection.PageCacheKibibytes), "negative: KiB, not pages");
    }

    protected override MirageApiFactory CreateFactory() =>
        new(DatabaseProvider.Sqlite, services => services.ConfigureDbContext<SqliteMirageDbContext>(options => options.AddInterceptors(_recorder)));

    private static async Task<object?> ScalarAsync(SqliteConnection connection, string sql, string name)
    {
        await using var command = connection.CreateCommand();
        command.CommandText = sql;
        command.Parameters.AddWithValue("$name", name);
        return await command.ExecuteScalarAsync();
    }
}
