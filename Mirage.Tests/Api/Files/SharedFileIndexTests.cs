using System.Data.Common;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Mirage.Infrastructure;
using Mirage.Infrastructure.Persistence;
using Mirage.Tests.Api.Support;

namespace Mirage.Tests.Api.Files;

/// <summary>
/// The reads of shared files go through indexes on both providers: the sweep's walk of expired files, the lookup
/// of one file and its bytes, and the uploader's files (what deleting an account cascades through). PostgreSQL is
/// told to avoid sequential scans, as its planner prefers them for the few rows of a test database.
/// </summary>
public sealed class SharedFileIndexTests(DatabaseProvider provider) : ApiTest(provider)
{
    [TestCase("SELECT s.id FROM shared_files AS s WHERE s.expires_at <= '2026-12-01T00:00:00Z' ORDER BY s.expires_at LIMIT 500", "IX_shared_files_expires_at")]
    [TestCase("SELECT s.file_name FROM shared_files AS s WHERE s.id = 'AAAAAAAAAAAAAAAAAAAAAA' AND s.expires_at > '2026-12-01T00:00:00Z'", "PK_shared_files")]
    [TestCase("SELECT c.bytes FROM file_contents AS c WHERE c.id = 'AAAAAAAAAAAAAAAAAAAAAA'", "PK_file_contents")]
    [TestCase("SELECT s.id FROM shared_files AS s WHERE s.uploader_id = 1", "IX_shared_files_uploader_id")]
    [TestCase("SELECT s.id FROM shared_files AS s WHERE s.room_id = 1", "IX_shared_files_room_id")]
    public async Task Query_IsAnsweredThroughItsIndex(string sql, string index)
    {
        var plan = await ExplainAsync(Provider == DatabaseProvider.Postgres ? sql.Replace("'2026", "timestamptz '2026", StringComparison.Ordinal) : sql);

        Assert.That(plan, Does.Contain(index).Or.Contain(SqliteAutoIndex(index)), plan);
        Assert.That(plan, Does.Not.Match(@"(^|\n)SCAN s$|Seq Scan"), plan);
    }

    // SQLite names the index behind a text primary key itself.
    private static string SqliteAutoIndex(string index) => index.StartsWith("PK_", StringComparison.Ordinal)
        ? $"sqlite_autoindex_{index[3..]}_1"
        : index;

    private async Task<string> ExplainAsync(string sql)
    {
        await using var scope = Factory.Services.CreateAsyncScope();
        var connection = scope.ServiceProvider.GetRequiredService<MirageDbContext>().Database.GetDbConnection();
        await connection.OpenAsync();
        if (Provider == DatabaseProvider.Postgres)
        {
            await ExecuteAsync(connection, "SET enable_seqscan = off");
        }

        await using var command = connection.CreateCommand();
        command.CommandText = (Provider == DatabaseProvider.Postgres ? "EXPLAIN " : "EXPLAIN QUERY PLAN ") + sql;
        await using var reader = await command.ExecuteReaderAsync();
        var lines = new List<string>();
        while (await reader.ReadAsync())
        {
            lines.Add(reader.GetString(reader.FieldCount - 1));
        }

        return string.Join("\n", lines);
    }

    private static async Task ExecuteAsync(DbConnection connection, string sql)
    {
        await using var command = connection.CreateCommand();
        command.CommandText = sql;
        await command.ExecuteNonQueryAsync();
    }
}
