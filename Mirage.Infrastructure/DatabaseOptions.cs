using Microsoft.EntityFrameworkCore;
using Mirage.Infrastructure.Persistence.Postgres;
using Mirage.Infrastructure.Persistence.Sqlite;

namespace Mirage.Infrastructure;

/// <summary>The provider switch: each provider's own configuration lives in its own folder.</summary>
public static class DatabaseOptions
{
    public static DbContextOptionsBuilder UseMirageDatabase(
        this DbContextOptionsBuilder options, DatabaseProvider provider, string connectionString) =>
        provider switch
        {
            DatabaseProvider.Sqlite => options.UseMirageSqlite(connectionString),
            DatabaseProvider.Postgres => options.UseMiragePostgres(connectionString),
            _ => throw new ArgumentOutOfRangeException(nameof(provider), provider, "Unknown database provider."),
        };
}
