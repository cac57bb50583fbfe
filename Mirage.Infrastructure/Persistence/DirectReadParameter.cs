using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Infrastructure;
using Microsoft.EntityFrameworkCore.Storage;

namespace Mirage.Infrastructure.Persistence;

/// <summary>
/// A parameter of a <see cref="DirectRead{T}"/>, typed as EF Core types what it is compared with, so the
/// statement compares what EF Core's would (a fixed-length token as <c>character</c> on PostgreSQL, a timestamp
/// in the text SQLite stores).
/// </summary>
public sealed class DirectReadParameter
{
    private readonly Func<MirageDbContext, RelationalTypeMapping> _mapping;

    private DirectReadParameter(string name, Func<MirageDbContext, RelationalTypeMapping> mapping)
    {
        Name = name;
        _mapping = mapping;
    }

    /// <summary>The name the SQL uses, with its <c>@</c>.</summary>
    public string Name { get; }

    /// <summary>Compared with a column: typed as EF Core types that column, with its value converter.</summary>
    public static DirectReadParameter Column(string name, Type entity, string property) =>
        new(name, db => db.Model.FindEntityType(entity)?.FindProperty(property)?.GetRelationalTypeMapping()
            ?? throw new InvalidOperationException($"{entity.Name}.{property} is not in the model."));

    /// <summary>Compared with no column (a <c>LIMIT</c>): typed as EF Core types a <typeparamref name="TValue"/>.</summary>
    public static DirectReadParameter Value<TValue>(string name) =>
        new(name, db => db.GetService<IRelationalTypeMappingSource>().FindMapping(typeof(TValue))
            ?? throw new InvalidOperationException($"The database has no type for {typeof(TValue).Name}."));

    internal RelationalTypeMapping MappingIn(MirageDbContext db) => _mapping(db);
}
