using Mirage.Infrastructure.Persistence.Postgres;
using Mirage.Tests.Api.Support;
using Npgsql;

namespace Mirage.Tests.Api.Scale;

/// <summary>PostgreSQL's <c>EXPLAIN</c> for a recorded query, run with the query's own parameters, after <c>ANALYZE</c>.</summary>
public sealed record PostgresQueryPlan(RecordedCommand Command, IReadOnlyList<string> Lines)
{
    public static PostgresQueryPlan Explain(string connectionString, RecordedCommand recorded)
    {
        using var connection = new NpgsqlConnection(PostgresOptions.WithDefaults(connectionString));
        connection.Open();
        using var command = new NpgsqlCommand("EXPLAIN " + recorded.Sql, connection);
        foreach (var (name, value) in recorded.Parameters)
        {
            command.Parameters.AddWithValue(name, value ?? DBNull.Value);
        }

        var lines = new List<string>();
        using (var reader = command.ExecuteReader())
        {
            while (reader.Read())
            {
                lines.Add(reader.GetString(0));
            }
        }

        return new PostgresQueryPlan(recorded, lines);
    }

    /// <summary>Fresh planner statistics, so plans are those of a table of this size, not of an empty one.</summary>
    public static void Analyze(string connectionString)
    {
        using var connection = new NpgsqlConnection(PostgresOptions.WithDefaults(connectionString));
        connection.Open();
        using var command = new NpgsqlCommand("ANALYZE", connection);
        command.ExecuteNonQuery();
    }

    /// <summary>The plan lines that read one of <paramref name="tables"/> whole.</summary>
    public IReadOnlyList<string> SeqScansOf(IReadOnlyCollection<string> tables) =>
        Lines.Where(line => tables.Any(t => line.Contains($"Seq Scan on {t} ", StringComparison.Ordinal))).ToList();

    public override string ToString() => $"{Command.Sql}\n  plan:\n    {string.Join("\n    ", Lines)}";
}
