using System.Data.Common;
using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore.Storage;
using Mirage.Infrastructure.Persistence;

namespace Mirage.Infrastructure.Import;

/// <summary>
/// Writes a batch on SQLite with one prepared INSERT per table, run once per row, on the context's connection and so
/// inside the import's transaction. Columns, values and parameter set-up come from EF's model
/// (<see cref="ImportModel"/>), so the rows are stored exactly as SaveChanges would store them, without SaveChanges'
/// per-entity tracking and SQL generation, which took most of the import's time.
/// </summary>
public sealed class SqliteInsertWriter(MirageDbContext db) : IImportWriter, IAsyncDisposable
{
    private readonly ImportModel _model = new(db.Model);
    private readonly Dictionary<IReadOnlyList<ImportColumn>, SqliteCommand> _inserts = [];
    private DbTransaction? _preparedIn;

    public async Task WriteAsync(IReadOnlyList<object> entities, CancellationToken cancellationToken)
    {
        ImportTransaction.Require(db);
        var transaction = db.Database.CurrentTransaction!.GetDbTransaction();
        if (!ReferenceEquals(_preparedIn, transaction))
        {
            // A retried import runs in a new transaction: commands bound to the old one cannot run in it.
            await DisposeAsync();
            _preparedIn = transaction;
        }

        foreach (var rows in _model.RowsByTable(entities))
        {
            var insert = InsertFor(rows.First(), transaction);
            foreach (var row in rows)
            {
                for (var i = 0; i < row.Values.Length; i++)
                {
                    insert.Parameters[i].Value = row.Values[i] ?? DBNull.Value;
                }

                await insert.ExecuteNonQueryAsync(cancellationToken);
            }
        }
    }

    public async ValueTask DisposeAsync()
    {
        foreach (var insert in _inserts.Values)
        {
            await insert.DisposeAsync();
        }

        _inserts.Clear();
    }

    private SqliteCommand InsertFor(ImportRow row, DbTransaction transaction)
    {
        if (_inserts.TryGetValue(row.Columns, out var kept))
        {
            return kept;
        }

        var insert = (SqliteCommand)transaction.Connection!.CreateCommand();
        insert.Transaction = (SqliteTransaction)transaction;
        foreach (var column in row.Columns)
        {
            // EF's mapping sets the parameter up as SaveChanges would (a Guid as text); each row's value comes converted.
            insert.Parameters.Add(column.Mapping.CreateParameter(insert, "@p" + insert.Parameters.Count, value: null, nullable: true));
        }

        // Names come from Mirage's own model, never from the legacy file.
        insert.CommandText = $"INSERT INTO {row.Table.QuotedName} ({string.Join(", ", row.Columns.Select(c => SqlIdentifier.Quote(c.Name)))}) "
            + $"VALUES ({string.Join(", ", insert.Parameters.Cast<DbParameter>().Select(p => p.ParameterName))})";
        return _inserts[row.Columns] = insert;
    }
}
