namespace Mirage.Infrastructure.Import;

/// <summary>Table and column names in the import's SQL, quoted as SQLite and PostgreSQL both read them.</summary>
public static class SqlIdentifier
{
    /// <summary>Quotes <paramref name="name"/> (a quote inside it doubled), so it is read as written and never as SQL.</summary>
    public static string Quote(string name) => "\"" + name.Replace("\"", "\"\"", StringComparison.Ordinal) + "\"";
}
