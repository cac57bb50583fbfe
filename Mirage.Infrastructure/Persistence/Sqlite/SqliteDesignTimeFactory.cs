using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Design;

namespace Mirage.Infrastructure.Persistence.Sqlite;

/// <summary>Lets <c>dotnet ef</c> build the SQLite model without a running server (migrations.md).</summary>
public sealed class SqliteDesignTimeFactory : IDesignTimeDbContextFactory<SqliteMirageDbContext>
{
    public SqliteMirageDbContext CreateDbContext(string[] args)
    {
        var options = new DbContextOptionsBuilder<SqliteMirageDbContext>();
        options.UseMirageSqlite(SqliteOptions.DefaultConnectionString);
        return new SqliteMirageDbContext(options.Options);
    }
}
