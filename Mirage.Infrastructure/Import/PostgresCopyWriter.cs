using Microsoft.EntityFrameworkCore;
using Mirage.Infrastructure.Persistence;
using Npgsql;

namespace Mirage.Infrastructure.Import;

/// <summary>
/// Writes a batch with PostgreSQL's binary COPY, one COPY per table, on the context's connection and so inside the
/// import's transaction: a failure or cancellation part-way aborts the COPY and the transaction rolls everything
/// back. Columns and values come from EF's model (<see cref="ImportModel"/>), never from per-table SQL.
/// </summary>
public sealed class PostgresCopyWriter(MirageDbContext db) : IImportWriter
{
    private readonly ImportModel _model = new(db.Model);
    private readonly HashSet<ImportTable> _analyzed = [];
    private object? _analyzedIn;

    public async Task WriteAsync(IReadOnlyList<object> entities, CancellationToken cancellationToken)
    {
        ImportTransaction.Require(db);
        var connection = (NpgsqlConnection)db.Database.GetDbConnection();
        foreach (var rows in _model.RowsByTable(entities))
        {
            await CopyAsync(connection, rows.ToList(), cancellationToken);
            await AnalyzeOnceAsync(connection, rows.First().Table, cancellationToken);
        }
    }

    private static async Task CopyAsync(NpgsqlConnection connection, IReadOnlyList<ImportRow> rows, CancellationToken cancellationToken)
    {
        // Disposed without completing (an error, a cancellation), the COPY is aborted and with it the transaction.
        await using var copy = await connection.BeginBinaryImportAsync(CopyCommand(rows[0]), cancellationToken);
        foreach (var row in rows)
        {
            await copy.StartRowAsync(cancellationToken);
            for (var i = 0; i < row.Values.Length; i++)
            {
                await WriteAsync(copy, row.Values[i], row.Columns[i].StoreType, cancellationToken);
            }
        }

        await copy.CompleteAsync(cancellationToken);
    }

    /// <summary>
    /// Statistics for a table, taken after its first batch (ANALYZE counts the transaction's own rows, and holds off
    /// autovacuum from the table until the import ends). A table whose statistics say empty (vacuumed after a failed
    /// or cancelled import) looks empty to the planner however many rows the import adds, and the foreign-key check
    /// of every following row (a hashtag's post) may then read the whole table, or the whole of another index that
    /// holds the key column, such as posts' (user_id, id): each batch slower than the last.
    /// </summary>
    private async Task AnalyzeOnceAsync(NpgsqlConnection connection, ImportTable table, CancellationToken cancellationToken)
    {
        // A retried import runs in a new transaction, and the rolled-back rows left the statistics of an empty table again.
        if (!ReferenceEquals(_analyzedIn, db.Database.CurrentTransaction))
        {
            _analyzed.Clear();
            _analyzedIn = db.Database.CurrentTransaction;
        }

        if (_analyzed.Add(table))
        {
            await using var analyze = new NpgsqlCommand("ANALYZE " + table.QuotedName, connection);
            await analyze.ExecuteNonQueryAsync(cancellationToken);
        }
    }

    private static Task WriteAsync(NpgsqlBinaryImporter copy, object? value, string storeType, CancellationToken cancellationToken) =>
        value is null ? copy.WriteNullAsync(cancellationToken) : copy.WriteAsync(value, storeType, cancellationToken);

    // Names come from Mirage's own model, never from the legacy file; quoted because they are PostgreSQL identifiers as written.
    private static string CopyCommand(ImportRow row) =>
        $"COPY {row.Table.QuotedName} ({string.Join(", ", row.Columns.Select(c => SqlIdentifier.Quote(c.Name)))}) FROM STDIN (FORMAT BINARY)";
}
