using System.Globalization;
using Microsoft.Data.Sqlite;

namespace Mirage.Infrastructure.Import;

/// <summary>The current row of a legacy table, read by column name. SQLite columns have no fixed type, so values are converted.</summary>
public sealed class LegacyRow(SqliteDataReader reader, IReadOnlyList<string> columns)
{
    private readonly Dictionary<string, int> _ordinals = columns
        .Select((name, ordinal) => (name, ordinal))
        .ToDictionary(c => c.name, c => c.ordinal, StringComparer.OrdinalIgnoreCase);

    /// <returns>The value as text, or <c>null</c> for NULL or a column this database lacks.</returns>
    public string? Text(string column) =>
        _ordinals.TryGetValue(column, out var ordinal) && !reader.IsDBNull(ordinal)
            ? Convert.ToString(reader.GetValue(ordinal), CultureInfo.InvariantCulture)
            : null;

    /// <returns>The value as a whole number (also from text such as <c>"6"</c>), or <c>null</c>.</returns>
    public long? Integer(string column) =>
        long.TryParse(Text(column), NumberStyles.Integer, CultureInfo.InvariantCulture, out var value) ? value : null;
}
