using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata;
using Microsoft.EntityFrameworkCore.Storage;
using Microsoft.EntityFrameworkCore.Storage.ValueConversion;

namespace Mirage.Infrastructure.Import;

/// <summary>
/// One column as EF's model maps a property to it: its name, its store type and the property's value conversion,
/// so a bulk writer stores exactly what SaveChanges would (an enum as its number, every time as UTC).
/// </summary>
public sealed class ImportColumn
{
    private readonly IClrPropertyGetter _getter;
    private readonly ValueConverter? _converter;

    public ImportColumn(IProperty property, StoreObjectIdentifier table)
    {
        Property = property;
        Name = property.GetColumnName(table) ?? throw new InvalidOperationException($"{property.DeclaringType.DisplayName()}.{property.Name} has no column.");
        Mapping = property.GetRelationalTypeMapping();
        StoreType = Mapping.StoreTypeNameBase;
        _converter = Mapping.Converter;

        // A shadow property has no value on the entity: only a foreign key to the principal it is written with can be filled.
        PrincipalKey = property.IsShadowProperty() ? PrincipalKeyOf(property) : null;
        _getter = (PrincipalKey ?? property).GetGetter();
    }

    public IProperty Property { get; }

    public string Name { get; }

    /// <summary>How EF binds the column's parameters (a writer that binds its own sets them up the same way).</summary>
    public RelationalTypeMapping Mapping { get; }

    /// <summary>The store type without its facets (<c>character varying</c>, not <c>character varying(32)</c>): the name the driver knows it by.</summary>
    public string StoreType { get; }

    /// <summary>For a shadow foreign key, the principal's key property its value comes from.</summary>
    public IProperty? PrincipalKey { get; }

    /// <summary>True when the database makes the value (an identity key) and the entity left it unset.</summary>
    public bool LeftToDatabase(object entity) =>
        Property.ValueGenerated.HasFlag(ValueGenerated.OnAdd) && PrincipalKey is null && _getter.HasSentinelValueUsingContainingEntity(entity);

    /// <returns>The value to store for <paramref name="entity"/>, converted as EF converts it; <c>null</c> for NULL.</returns>
    public object? ValueOf(object entity, object? principal)
    {
        var source = PrincipalKey is null ? entity
            : principal ?? throw new InvalidOperationException($"{Property.DeclaringType.DisplayName()}.{Property.Name} comes from its principal: add the entity through it.");
        var value = _getter.GetClrValueUsingContainingEntity(source);
        return value is null || _converter is null ? value : _converter.ConvertToProvider(value);
    }

    private static IProperty PrincipalKeyOf(IProperty property)
    {
        var foreignKey = property.GetContainingForeignKeys().SingleOrDefault()
            ?? throw new NotSupportedException($"{property.DeclaringType.DisplayName()}.{property.Name} is a shadow property but not one foreign key's.");
        return foreignKey.PrincipalKey.Properties[foreignKey.Properties.ToList().IndexOf(property)];
    }
}
