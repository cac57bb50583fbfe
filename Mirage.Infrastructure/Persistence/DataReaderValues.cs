using System.Data.Common;

namespace Mirage.Infrastructure.Persistence;

/// <summary>Column values as Mirage's model reads them, for the reads that bypass EF Core (<see cref="DirectRead{T}"/>).</summary>
public static class DataReaderValues
{
    /// <summary>A timestamp, marked UTC as <see cref="UtcDateTimeConverter"/> marks every one EF Core reads.</summary>
    public static DateTime GetUtcDateTime(this DbDataReader reader, int ordinal) =>
        DateTime.SpecifyKind(reader.GetDateTime(ordinal), DateTimeKind.Utc);

    public static string? GetStringOrNull(this DbDataReader reader, int ordinal) =>
        reader.IsDBNull(ordinal) ? null : reader.GetString(ordinal);
}
