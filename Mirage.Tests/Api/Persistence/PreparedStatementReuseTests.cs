using System.Globalization;
using System.Net;
using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Mirage.Infrastructure.Persistence;
using Mirage.Infrastructure.Persistence.Sqlite;
using Mirage.Tests.Api.Support;
using SQLitePCL;

namespace Mirage.Tests.Api.Persistence;

/// <summary>
/// On SQLite each query runs on a command its connection keeps (<see cref="PreparedStatementReuse"/>): the
/// statement stays prepared between executions, and every execution still gets its own parameters, transaction
/// and rows.
/// </summary>
public sealed class PreparedStatementReuseTests : SqliteApiTest
{
    // SQLITE_STMTSTATUS_REPREPARE in sqlite3.h (SQLitePCLRaw names no constant for it): how many times a
    // statement was compiled again.
    private const int StatementRecompilations = 5;

    [Test]
    public async Task Query_RunTwice_LeavesOneStatementPreparedOnTheConnection()
    {
        await using var db = await OpenWithStatementListAsync();

        var above = 0;
        await db.Users.Where(u => u.Id > above).Select(u => u.Username).ToListAsync();
        above = 1;
        await db.Users.Where(u => u.Id > above).Select(u => u.Username).ToListAsync();

        var kept = PreparedSql(db).Where(sql => sql.Contains("\"u\".\"id\" > @", StringComparison.Ordinal)).ToList();
        Assert.That(kept, Has.Count.EqualTo(1), "one statement, kept and reused, rather than none (compiled and thrown away) or two");
    }

    [Test]
    public async Task PageQuery_RunAgainWithAnotherLimit_IsNotCompiledAgain()
    {
        await using var db = await OpenWithStatementListAsync();

        // LIMIT is a parameter, as in every list's page: SQLite would plan for its value and so compile the
        // statement again whenever a value is bound to it, unless the connection keeps its plans.
        foreach (var count in new[] { 21, 21, 5 })
        {
            await db.Users.Where(u => u.Id > 0).OrderByDescending(u => u.Id).Select(u => u.Username).Take(count).ToListAsync();
        }

        var page = Statements(db).Single(statement => raw.sqlite3_sql(statement).utf8_to_string().Contains("LIMIT @", StringComparison.Ordinal));
        Assert.That(raw.sqlite3_stmt_status(page, StatementRecompilations, 0), Is.Zero, "times SQLite compiled the kept statement again");
    }

    [Test]
    public async Task SameQuery_WithOtherParameters_ReadsEachItsOwnRows()
    {
        var ann = await Client.RegisterAndLoginAsync();
        var bob = await Client.RegisterAndLoginAsync();

        for (var i = 0; i < 5; i++)
        {
            foreach (var account in new[] { ann, bob })
            {
                using var response = await Client.GetAsync(Routes.User(account.Username));
                Assert.That(response.StatusCode, Is.EqualTo(HttpStatusCode.OK));
                Assert.That((await response.ReadJsonAsync())["username"]!.GetValue<string>(), Is.EqualTo(account.Username));
            }
        }
    }

    [Test]
    public async Task SameQuery_RunAgainWhileItsFirstRunIsStillRead_ReadsBothInFull()
    {
        await Client.RegisterAndLoginAsync();
        await Client.RegisterAndLoginAsync();
        await using var scope = Factory.Services.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<MirageDbContext>();
        var expected = await db.Users.CountAsync();

        var outer = 0;
        var inner = new List<int>();
        await foreach (var _ in db.Users.AsNoTracking().Where(u => u.Id > 0).Select(u => u.Id).AsAsyncEnumerable())
        {
            outer++;
            inner.Add((await db.Users.AsNoTracking().Where(u => u.Id > 0).Select(u => u.Id).ToListAsync()).Count);
        }

        Assert.That(outer, Is.EqualTo(expected));
        Assert.That(inner, Has.All.EqualTo(expected));
    }

    [Test]
    public async Task Query_InATransaction_SeesTheTransactionsOwnUncommittedWrite()
    {
        var account = await Client.RegisterAndLoginAsync();
        await using var scope = Factory.Services.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<MirageDbContext>();
        await db.Users.Where(u => u.Username == account.Username).Select(u => u.Description).ToListAsync();

        await using var transaction = await db.Database.BeginTransactionAsync();
        await db.Database.ExecuteSqlAsync($"UPDATE users SET description = 'not yet committed' WHERE username = {account.Username}");
        var inside = await db.Users.Where(u => u.Username == account.Username).Select(u => u.Description).ToListAsync();
        await transaction.RollbackAsync();
        var after = await db.Users.Where(u => u.Username == account.Username).Select(u => u.Description).ToListAsync();

        Assert.That(inside.Single(), Is.EqualTo("not yet committed"));
        Assert.That(after.Single(), Is.Not.EqualTo("not yet committed"));
    }

    [Test]
    public async Task ManyDistinctQueries_KeepAtMostTheCapOfStatementsOnTheConnection()
    {
        await using var db = await OpenWithStatementListAsync();

        for (var i = 0; i < PreparedStatementReuse.MaxStatementsPerConnection * 2; i++)
        {
            // A distinct text each time: a number the test writes, so nothing to inject.
            var sql = "SELECT " + i.ToString(CultureInfo.InvariantCulture) + " AS \"Value\"";
            var value = await db.Database.SqlQueryRaw<int>(sql).ToListAsync();
            Assert.That(value.Single(), Is.EqualTo(i));
        }

        Assert.That(PreparedSql(db).Count(sql => sql.Contains(" AS \"Value\"", StringComparison.Ordinal)), Is.InRange(1, PreparedStatementReuse.MaxStatementsPerConnection));
    }

    // A context of its own, configured as the server's, whose connection lets SQLitePCL list its statements
    // (which must be switched on before the first statement is prepared).
    private async Task<SqliteMirageDbContext> OpenWithStatementListAsync()
    {
        var options = new DbContextOptionsBuilder<SqliteMirageDbContext>().UseMirageSqlite(Factory.ConnectionString).Options;
        var db = new SqliteMirageDbContext((DbContextOptions<SqliteMirageDbContext>)options);
        await db.Database.OpenConnectionAsync();
        ((SqliteConnection)db.Database.GetDbConnection()).Handle!.enable_sqlite3_next_stmt(true);
        return db;
    }

    // The SQL of every statement prepared on the context's connection and not yet finalized.
    private static List<string> PreparedSql(MirageDbContext db) =>
        Statements(db).Select(statement => raw.sqlite3_sql(statement).utf8_to_string()).ToList();

    // Every statement prepared on the context's connection and not yet finalized.
    private static List<sqlite3_stmt> Statements(MirageDbContext db)
    {
        var handle = ((SqliteConnection)db.Database.GetDbConnection()).Handle!;
        var statements = new List<sqlite3_stmt>();
        for (var statement = raw.sqlite3_next_stmt(handle, null); statement is not null; statement = raw.sqlite3_next_stmt(handle, statement))
        {
            statements.Add(statement);
        }

        return statements;
    }
}
