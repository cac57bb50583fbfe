using Mirage.Infrastructure.Persistence;

namespace Mirage.Api.Setup;

/// <summary>
/// Which database Mirage uses: <c>Database:Provider</c> (<c>Sqlite</c>, the default, or <c>Postgres</c>)
/// and <c>ConnectionStrings:Mirage</c>. SQLite falls back to <c>mirage.db</c> beside the server;
/// PostgreSQL has no sensible default, so a missing connection string stops the start-up with a clear message.
/// </summary>
public sealed record DatabaseSettings(DatabaseProvider Provider, string ConnectionString)
{
    public const string ProviderKey = "Database:Provider";
    public const string ConnectionStringName = "Mirage";

    public static DatabaseSettings From(IConfiguration configuration)
    {
        var providerName = configuration[ProviderKey];
        var provider = DatabaseProvider.Sqlite;
        if (!string.IsNullOrWhiteSpace(providerName))
        {
            // By name only: Enum.TryParse would also take "1" or "7".
            var known = Enum.GetNames<DatabaseProvider>();
            provider = Enum.Parse<DatabaseProvider>(
                known.FirstOrDefault(name => name.Equals(providerName.Trim(), StringComparison.OrdinalIgnoreCase))
                ?? throw new InvalidOperationException($"{ProviderKey} is '{providerName}'; use one of: {string.Join(", ", known)}."));
        }

        var connectionString = configuration.GetConnectionString(ConnectionStringName);
        if (string.IsNullOrWhiteSpace(connectionString))
        {
            connectionString = provider == DatabaseProvider.Sqlite
                ? DatabaseOptions.DefaultSqliteConnectionString
                : throw new InvalidOperationException(
                    $"{ProviderKey} is {provider}: set ConnectionStrings:{ConnectionStringName} (e.g. ConnectionStrings__Mirage=\"Host=localhost;Database=mirage;Username=mirage;Password=...\").");
        }

        return new DatabaseSettings(provider, connectionString);
    }
}
