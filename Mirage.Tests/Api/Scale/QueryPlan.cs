using System.Text.RegularExpressions;
using Microsoft.Data.Sqlite;
using Mirage.Infrastructure.Persistence.Sqlite;
using Mirage.Tests.Api.Support;
using SQLitePCL;

namespace Mirage.Tests.Api.Scale;

/// <summary>
/// SQLite's <c>EXPLAIN QUERY PLAN</c> for a recorded query, run with the query's own parameters, and
/// how many rows the query really stepped through in table scans when run to the end
/// (<c>SQLITE_STMTSTATUS_FULLSCAN_STEP</c>): a plan line <c>SCAN p</c> can be a whole-table read or a
/// walk down the primary key that a <c>LIMIT</c> stops after a page.
/// </summary>
public sealed partial record QueryPlan(RecordedCommand Command, IReadOnlyList<string> Lines, int FullScanSteps)
{
    public static QueryPlan Explain(string connectionString, RecordedCommand recorded)
    {
        using var connection = new SqliteConnection(connectionString);
        connection.Open();
        KeepOpenSqliteConnection.KeepQueryPlans(connection); // as the server's connections plan
        using var command = connection.CreateCommand();
        command.CommandText = "EXPLAIN QUERY PLAN " + recorded.Sql;
        foreach (var (name, value) in recorded.Parameters)
        {
            command.Parameters.AddWithValue(name, value ?? DBNull.Value);
        }

        var lines = new List<string>();
        using (var reader = command.ExecuteReader())
        {
            while (reader.Read())
            {
                lines.Add(reader.GetString(3));
            }
        }

        return new QueryPlan(recorded, lines, CountFullScanSteps(connection, recorded));
    }

    public bool Touches(IReadOnlyCollection<string> tables) => tables.Any(t => Regex.IsMatch(Command.Sql, $@"\b{t}\b"));

    /// <summary>The plan lines that scan one of <paramref name="tables"/> without an index.</summary>
    public IReadOnlyList<string> FullScansOf(IReadOnlyCollection<string> tables)
    {
        var aliases = TableAlias().Matches(Command.Sql)
            .Where(m => tables.Contains(m.Groups["table"].Value))
            .Select(m => m.Groups["alias"].Value)
            .Concat(tables)
            .ToHashSet(StringComparer.Ordinal);
        return Lines.Where(line => BareScan().Match(line) is { Success: true } scan && aliases.Contains(scan.Groups["name"].Value)).ToList();
    }

    public override string ToString() => $"{Command.Sql}\n  plan:\n    {string.Join("\n    ", Lines)}\n  rows stepped in table scans: {FullScanSteps}";

    private static int CountFullScanSteps(SqliteConnection connection, RecordedCommand recorded)
    {
        Check(raw.sqlite3_prepare_v2(connection.Handle, recorded.Sql, out var statement), connection);
        using (statement)
        {
            foreach (var (name, value) in recorded.Parameters)
            {
                var index = raw.sqlite3_bind_parameter_index(statement, name);
                Check(value switch
                {
                    null => raw.sqlite3_bind_null(statement, index),
                    long or int or short or bool => raw.sqlite3_bind_int64(statement, index, Convert.ToInt64(value, System.Globalization.CultureInfo.InvariantCulture)),
                    double d => raw.sqlite3_bind_double(statement, index, d),
                    _ => raw.sqlite3_bind_text(statement, index, Convert.ToString(value, System.Globalization.CultureInfo.InvariantCulture)),
                }, connection);
            }

            int step;
            while ((step = raw.sqlite3_step(statement)) == raw.SQLITE_ROW)
            {
            }

            Check(step == raw.SQLITE_DONE ? raw.SQLITE_OK : step, connection);
            return raw.sqlite3_stmt_status(statement, raw.SQLITE_STMTSTATUS_FULLSCAN_STEP, 0);
        }
    }

    private static void Check(int code, SqliteConnection connection)
    {
        if (code != raw.SQLITE_OK)
        {
            throw new InvalidOperationException($"SQLite error {code}: {raw.sqlite3_errmsg(connection.Handle).utf8_to_string()}");
        }
    }

    // Every table read is named with an alias: EF quotes both (FROM "posts" AS "p"), a DirectRead neither
    // (FROM posts AS p).
    [GeneratedRegex("""
        "?(?<table>\w+)"?\s+AS\s+"?(?<alias>\w+)"?
        """)]
    private static partial Regex TableAlias();

    // "SCAN p" walks the table itself; "SCAN p USING INDEX ..." and "SEARCH ..." do not.
    [GeneratedRegex("""^SCAN (?<name>\w+)$""")]
    private static partial Regex BareScan();
}
