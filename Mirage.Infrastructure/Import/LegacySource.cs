using System.Runtime.CompilerServices;
using Microsoft.Data.Sqlite;

namespace Mirage.Infrastructure.Import;

/// <summary>
/// The first backend's SQLite file, opened read-only and <c>immutable</c>: SQLite then takes no locks and creates
/// no journal or WAL files, so the file is left exactly as it was (stop the first backend before importing).
/// Columns are read by name, and columns the first backend added later may be missing.
/// </summary>
public sealed class LegacySource : IAsyncDisposable
{
    private readonly SqliteConnection _connection;

    private LegacySource(SqliteConnection connection) => _connection = connection;

    public static async Task<LegacySource> OpenAsync(string path, CancellationToken cancellationToken)
    {
        var builder = new SqliteConnectionStringBuilder
        {
            DataSource = new Uri(Path.GetFullPath(path)).AbsoluteUri + "?immutable=1",
            Mode = SqliteOpenMode.ReadOnly,
            Pooling = false,
        };
        var connection = new SqliteConnection(builder.ConnectionString);
        await connection.OpenAsync(cancellationToken);
        return new LegacySource(connection);
    }

    /// <returns>The table's columns; empty when the table does not exist (an older database).</returns>
    public async Task<HashSet<string>> ColumnsAsync(string table, CancellationToken cancellationToken)
    {
        await using var command = _connection.CreateCommand();
        command.CommandText = "SELECT name FROM pragma_table_info($table)";
        command.Parameters.AddWithValue("$table", table);
        var columns = new HashSet<string>(StringComparer.OrdinalIgnoreCase);
        await using var reader = await command.ExecuteReaderAsync(cancellationToken);
        while (await reader.ReadAsync(cancellationToken))
        {
            columns.Add(reader.GetString(0));
        }

        return columns;
    }

    /// <summary>Streams the table's rows in id order, one at a time; wanted columns the table lacks read as null.</summary>
    public async IAsyncEnumerable<LegacyRow> ReadAsync(
        string table, IReadOnlyList<string> wanted, [EnumeratorCancellation] CancellationToken cancellationToken)
    {
        var present = await ColumnsAsync(table, cancellationToken);
        var columns = wanted.Where(present.Contains).ToList();
        if (columns.Count == 0)
        {
            yield break;
        }

        await using var command = _connection.CreateCommand();
        command.CommandText = $"SELECT {string.Join(", ", columns.Select(SqlIdentifier.Quote))} FROM {SqlIdentifier.Quote(table)} ORDER BY rowid";
        await using var reader = await command.ExecuteReaderAsync(cancellationToken);
        var row = new LegacyRow(reader, columns);
        while (await reader.ReadAsync(cancellationToken))
        {
            yield return row;
        }
    }

    public ValueTask DisposeAsync() => _connection.DisposeAsync();
}
