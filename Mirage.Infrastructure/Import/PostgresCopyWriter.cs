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

    public async Task WriteAsync(IReadOnlyList<object> entities, CancellationToken cancellationToken)
    {
        if (db.Database.CurrentTransaction is null)
        {
            // Outside a transaction each COPY would commit on its own, and a failure would leave part of the import behind.
            throw new InvalidOperationException("The import writes only inside its transaction.");
        }

        var connection = (NpgsqlConnection)db.Database.GetDbConnection();
        var tables = entities.SelectMany(_model.RowsOf).GroupBy(row => row.Columns).OrderBy(rows => rows.First().Table.Depth);
        foreach (var rows in tables)
        {
            await using var copy = await connection.BeginBinaryImportAsync(CopyCommand(rows.First()), cancellationToken);
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
    }

    private static Task WriteAsync(NpgsqlBinaryImporter copy, object? value, string storeType, CancellationToken cancellationToken) =>
        value is null ? copy.WriteNullAsync(cancellationToken) : copy.WriteAsync(value, storeType, cancellationToken);

    private static string CopyCommand(ImportRow row)
    {
        var table = (row.Table.Schema is { } schema ? Quote(schema) + "." : string.Empty) + Quote(row.Table.Name);
        return $"COPY {table} ({string.Join(", ", row.Columns.Select(c => Quote(c.Name)))}) FROM STDIN (FORMAT BINARY)";
    }

    // Names come from Mirage's own model, never from the legacy file; quoted because they are PostgreSQL identifiers as written.
    private static string Quote(string name) => "\"" + name.Replace("\"", "\"\"", StringComparison.Ordinal) + "\"";
}
