using System.Collections.Concurrent;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Infrastructure;
using Microsoft.EntityFrameworkCore.Metadata;
using Microsoft.EntityFrameworkCore.Storage;

namespace Mirage.Infrastructure.Persistence;

/// <summary>
/// One atomic counter statement (<c>UPDATE t SET a = a + @p1, b = b + @p2 WHERE key = @p0</c>), its SQL written
/// once per provider from the EF Core model (table, columns and quoting as the migrations have them) and run as a
/// <see cref="DirectWrite"/>. Every write request runs one to six of these; EF Core 10 cannot compile
/// <c>ExecuteUpdate</c>, and translating its expression tree, or building a raw SQL command, on each call costs
/// more than the statement itself (bench/RESULTS.md).
/// </summary>
public sealed class CounterUpdate
{
    private readonly Type _entity;
    private readonly string _key;
    private readonly string[] _counters;
    private readonly ConcurrentDictionary<Type, DirectWrite> _byContextType = new();

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

        var values = new object[deltas.Length + 1];
        values[0] = key;
        for (var i = 0; i < deltas.Length; i++)
        {
            values[i + 1] = deltas[i];
        }

        var write = _byContextType.GetOrAdd(db.GetType(), static (_, update) => update.Self.Write(update.Db), (Self: this, Db: db));
        return write.ExecuteAsync(db, values, cancellationToken);
    }

    private DirectWrite Write(MirageDbContext db)
    {
        var entity = db.Model.FindEntityType(_entity) ?? throw new InvalidOperationException($"{_entity.Name} is not in the model.");
        var table = StoreObjectIdentifier.Table(entity.GetTableName()!, entity.GetSchema());
        var sql = db.GetService<ISqlGenerationHelper>();
        string Column(string property) =>
            sql.DelimitIdentifier(entity.FindProperty(property)?.GetColumnName(table)
                ?? throw new InvalidOperationException($"{_entity.Name}.{property} has no column."));

        var sets = _counters.Select((counter, i) => $"{Column(counter)} = {Column(counter)} + @p{i + 1}");
        return new DirectWrite(
            $"UPDATE {sql.DelimitIdentifier(table.Name, table.Schema)} SET {string.Join(", ", sets)} WHERE {Column(_key)} = @p0",
            [DirectParameter.Column("@p0", _entity, _key), .. _counters.Select((counter, i) => DirectParameter.Column($"@p{i + 1}", _entity, counter))]);
    }
}
