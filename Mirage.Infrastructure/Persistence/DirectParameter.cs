using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Infrastructure;
using Microsoft.EntityFrameworkCore.Storage;

namespace Mirage.Infrastructure.Persistence;

/// <summary>
/// A parameter of a <see cref="DirectRead{T}"/> or <see cref="DirectWrite"/>, typed as EF Core types the column it is
/// compared with or stored in, so the statement compares and stores what EF Core's would (a fixed-length token as
/// <c>character</c> on PostgreSQL, a timestamp in the text SQLite stores).
/// </summary>
public sealed class DirectParameter
{
    private readonly Func<MirageDbContext, RelationalTypeMapping> _mapping;

    private DirectParameter(string name, Func<MirageDbContext, RelationalTypeMapping> mapping)
    {
        Name = name;
        _mapping = mapping;
    }

    /// <summary>The name the SQL uses, with its <c>@</c>.</summary>
    public string Name { get; }

    /// <summary>Compared with or stored in a column: typed as EF Core types that column, with its value converter.</summary>
    public static DirectParameter Column(string name, Type entity, string property) =>
        new(name, db => db.Model.FindEntityType(entity)?.FindProperty(property)?.GetRelationalTypeMapping()
            ?? throw new InvalidOperationException($"{entity.Name}.{property} is not in the model."));

    /// <summary>Compared with no column (a <c>LIMIT</c>): typed as EF Core types a <typeparamref name="TValue"/>.</summary>
    public static DirectParameter Value<TValue>(string name) =>
        new(name, db => db.GetService<IRelationalTypeMappingSource>().FindMapping(typeof(TValue))
            ?? throw new InvalidOperationException($"The database has no type for {typeof(TValue).Name}."));

    internal RelationalTypeMapping MappingIn(MirageDbContext db) => _mapping(db);
}
