using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata;

namespace Mirage.Infrastructure.Import;

/// <summary>
/// Where one entity type's rows go, read from EF's model rather than written out per table, so a column added to
/// the model is never left out of a bulk write: the table, every mapped column, and the dependents an entity
/// carries by navigation (a user's stats row), written with it.
/// </summary>
public sealed class ImportTable
{
    private readonly IReadOnlyList<ImportColumn> _withoutGeneratedKey;

    public ImportTable(IEntityType type)
    {
        var name = type.GetTableName() ?? throw new NotSupportedException($"{type.DisplayName()} is not mapped to a table.");
        var table = StoreObjectIdentifier.Table(name, type.GetSchema());
        Type = type;
        Schema = table.Schema;
        Name = name;
        Columns = type.GetProperties().Select(p => new ImportColumn(p, table)).ToList();
        _withoutGeneratedKey = Columns.Where(c => !(c.Property.IsPrimaryKey() && c.Property.ValueGenerated.HasFlag(ValueGenerated.OnAdd))).ToList();
        Dependents = type.GetNavigations().Where(n => !n.IsOnDependent && !n.IsCollection).ToList();
        Depth = DepthOf(type, []);
    }

    public IEntityType Type { get; }

    public string? Schema { get; }

    public string Name { get; }

    /// <summary>The table's name as the import's SQL writes it: quoted, with its schema where it has one.</summary>
    public string QuotedName => (Schema is { } schema ? SqlIdentifier.Quote(schema) + "." : string.Empty) + SqlIdentifier.Quote(Name);

    public IReadOnlyList<ImportColumn> Columns { get; }

    /// <summary>Reference navigations to rows that depend on this one (<c>User.Stats</c>): written after it, keyed by it.</summary>
    public IReadOnlyList<INavigation> Dependents { get; }

    /// <summary>How many foreign keys deep the table is (users 0, posts 1, votes 2): writing tables in this order never breaks a foreign key.</summary>
    public int Depth { get; }

    /// <returns>The columns to write for <paramref name="entity"/>: all, or all but an identity key it leaves to the database.</returns>
    public IReadOnlyList<ImportColumn> ColumnsFor(object entity) =>
        Columns.Any(c => c.Property.IsPrimaryKey() && c.LeftToDatabase(entity)) ? _withoutGeneratedKey : Columns;

    private static int DepthOf(IEntityType type, HashSet<IEntityType> visiting)
    {
        if (!visiting.Add(type))
        {
            throw new NotSupportedException($"{type.DisplayName()} is part of a cycle of foreign keys; the import cannot order it.");
        }

        var principals = type.GetForeignKeys().Select(fk => fk.PrincipalEntityType).Where(p => p != type).Distinct().ToList();
        var depth = principals.Count == 0 ? 0 : principals.Max(p => DepthOf(p, visiting)) + 1;
        visiting.Remove(type);
        return depth;
    }
}
