using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Design;

namespace Mirage.Infrastructure.Persistence.Postgres;

/// <summary>
/// Lets <c>dotnet ef</c> build the PostgreSQL model without a database server: adding a migration
/// never connects. To apply or script against a real server, pass its connection string after
/// <c>--</c> (migrations.md).
/// </summary>
public sealed class PostgresDesignTimeFactory : IDesignTimeDbContextFactory<PostgresMirageDbContext>
{
    private const string PlaceholderConnectionString = "Host=localhost;Database=mirage";

    public PostgresMirageDbContext CreateDbContext(string[] args)
    {
        var options = new DbContextOptionsBuilder<PostgresMirageDbContext>();
        options.UseMiragePostgres(args.FirstOrDefault() ?? PlaceholderConnectionString);
        return new PostgresMirageDbContext(options.Options);
    }
}
