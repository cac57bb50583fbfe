using Microsoft.EntityFrameworkCore.Metadata;

namespace Mirage.Infrastructure.Import;

/// <summary>Turns the entities an import adds into rows, by EF's model; each entity type's table is read from the model once.</summary>
public sealed class ImportModel(IModel model)
{
    private readonly Dictionary<Type, ImportTable> _tables = [];

    public ImportTable Table(Type clrType)
    {
        if (!_tables.TryGetValue(clrType, out var table))
        {
            var type = model.FindEntityType(clrType) ?? throw new NotSupportedException($"{clrType.Name} is not an entity of Mirage's model.");
            table = _tables[clrType] = new ImportTable(type);
        }

        return table;
    }

    /// <returns>
    /// The rows of <paramref name="entities"/> and of what they carry, grouped by table and the columns they fill,
    /// principals' tables first, so writing the groups in this order never breaks a foreign key.
    /// </returns>
    public IEnumerable<IGrouping<IReadOnlyList<ImportColumn>, ImportRow>> RowsByTable(IEnumerable<object> entities) =>
        entities.SelectMany(entity => RowsOf(entity)).GroupBy(row => row.Columns).OrderBy(rows => rows.First().Table.Depth);

    /// <returns>The entity's row, then the rows of the dependents it carries (a user's stats row), keyed by it.</returns>
    public IEnumerable<ImportRow> RowsOf(object entity) => RowsOf(entity, principal: null);

    private IEnumerable<ImportRow> RowsOf(object entity, object? principal)
    {
        var table = Table(entity.GetType());
        var columns = table.ColumnsFor(entity);
        yield return new ImportRow(table, columns, columns.Select(c => c.ValueOf(entity, principal)).ToArray());
        foreach (var navigation in table.Dependents)
        {
            if (navigation.GetGetter().GetClrValueUsingContainingEntity(entity) is { } dependent)
            {
                foreach (var row in RowsOf(dependent, entity))
                {
                    yield return row;
                }
            }
        }
    }
}
