using System.Collections.Concurrent;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Infrastructure;
using Microsoft.EntityFrameworkCore.Metadata;
using Microsoft.EntityFrameworkCore.Storage;

namespace Mirage.Infrastructure.Persistence;

/// <summary>
/// One atomic counter statement (<c>UPDATE t SET a = a + {1}, b = b + {2} WHERE key = {0}</c>), its SQL written
/// once per provider from the EF Core model (table, columns and quoting as the migrations have them). Every
/// write request runs one to six of these; EF Core 10 cannot compile <c>ExecuteUpdate</c>, and translating
/// its expression tree on each call costs more than the statement itself (bench/RESULTS.md).
/// </summary>
public sealed class CounterUpdate
{
    private readonly Type _entity;
    private readonly string _key;
    private readonly string[] _counters;
    private readonly ConcurrentDictionary<Type, string> _sqlByContextType = new();

    /// <param name="entity">The entity whose table holds the counters.</param>
    /// <param name="key">The property (or shadow property) that picks the row.</param>
    /// <param name="counters">The counter properties, in the order of the deltas given to <see cref="RunAsync"/>.</param>
    public CounterUpdate(Type entity, string key, params string[] counters)
    {
        _entity = entity;
        _key = key;
        _counters = counters;
    }

    /// <summary>Adds the deltas to the row's counters, in the caller's transaction.</summary>
    /// <returns>The rows changed: 0 when the row is gone.</returns>
    public Task<int> RunAsync(MirageDbContext db, long key, ReadOnlySpan<int> deltas, CancellationToken cancellationToken)
    {
        if (deltas.Length != _counters.Length)
        {
            throw new ArgumentException($"{_counters.Length} deltas expected, {deltas.Length} given.", nameof(deltas));
        }

        var parameters = new object[deltas.Length + 1];
        parameters[0] = key;
        for (var i = 0; i < deltas.Length; i++)
        {
            parameters[i + 1] = deltas[i];
        }

        var sql = _sqlByContextType.GetOrAdd(db.GetType(), static (_, update) => update.Self.Write(update.Db), (Self: this, Db: db));
        return db.Database.ExecuteSqlRawAsync(sql, parameters, cancellationToken);
    }

    private string Write(MirageDbContext db)
    {
        var entity = db.Model.FindEntityType(_entity) ?? throw new InvalidOperationException($"{_entity.Name} is not in the model.");
        var table = StoreObjectIdentifier.Table(entity.GetTableName()!, entity.GetSchema());
        var sql = db.GetService<ISqlGenerationHelper>();
        string Column(string property) =>
            sql.DelimitIdentifier(entity.FindProperty(property)?.GetColumnName(table)
                ?? throw new InvalidOperationException($"{_entity.Name}.{property} has no column."));

        var sets = _counters.Select((counter, i) => $"{Column(counter)} = {Column(counter)} + {{{i + 1}}}");
        return $"UPDATE {sql.DelimitIdentifier(table.Name, table.Schema)} SET {string.Join(", ", sets)} WHERE {Column(_key)} = {{0}}";
    }
}
