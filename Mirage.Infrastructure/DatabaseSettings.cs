using Mirage.Infrastructure.Persistence.Sqlite;

namespace Mirage.Infrastructure;

/// <summary>
/// Which database Mirage uses: <c>Database:Provider</c> (<c>Sqlite</c>, the default, or <c>Postgres</c>) and
/// <c>ConnectionStrings:Mirage</c>. SQLite falls back to <c>mirage.db</c> beside the server; PostgreSQL has no
/// sensible default, so <see cref="Problem"/> names the missing setting and the start-up stops.
/// </summary>
public sealed class DatabaseSettings
{
    public const string SectionName = "Database";
    public const string ProviderKey = "Database:Provider";
    public const string ConnectionStringName = "Mirage";

    private DatabaseProvider? _providerKind;

    /// <summary>The provider as configured; matched by name only (an enum parse would also take "1" or "7").</summary>
    public string? Provider { get; set; }

    /// <summary>Filled from <c>ConnectionStrings:Mirage</c>.</summary>
    public string? ConnectionString { get; set; }

    /// <summary>The provider by its name; read on every request, so parsed once (settings do not change after start-up).</summary>
    public DatabaseProvider ProviderKind =>
        _providerKind ??= TryParse(Provider, out var provider) ? provider : throw new InvalidOperationException(Problem);

    public string EffectiveConnectionString =>
        string.IsNullOrWhiteSpace(ConnectionString) && ProviderKind == DatabaseProvider.Sqlite
            ? SqliteOptions.DefaultConnectionString
            : ConnectionString ?? throw new InvalidOperationException(Problem);

    /// <summary>What is wrong with these settings, or <c>null</c>.</summary>
    public string? Problem
    {
        get
        {
            if (!TryParse(Provider, out var provider))
            {
                return $"{ProviderKey} is '{Provider}'; use one of: {string.Join(", ", Enum.GetNames<DatabaseProvider>())}.";
            }

            return provider != DatabaseProvider.Sqlite && string.IsNullOrWhiteSpace(ConnectionString)
                ? $"{ProviderKey} is {provider}: set ConnectionStrings:{ConnectionStringName} (e.g. ConnectionStrings__Mirage=\"Host=localhost;Database=mirage;Username=mirage;Password=...\")."
                : null;
        }
    }

    private static bool TryParse(string? name, out DatabaseProvider provider)
    {
        provider = DatabaseProvider.Sqlite;
        if (string.IsNullOrWhiteSpace(name))
        {
            return true;
        }

        var known = Enum.GetNames<DatabaseProvider>().FirstOrDefault(n => n.Equals(name.Trim(), StringComparison.OrdinalIgnoreCase));
        return known is not null && Enum.TryParse(known, out provider);
    }
}
