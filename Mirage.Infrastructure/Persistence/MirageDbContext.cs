using Microsoft.EntityFrameworkCore;
using Mirage.Domain.Sessions;
using Mirage.Domain.Users;

namespace Mirage.Infrastructure.Persistence;

/// <summary>
/// Mirage's database. The schema changes only through migrations in <c>Mirage.Infrastructure/Migrations</c>:
/// <code>dotnet ef migrations add &lt;Name&gt; --project Mirage.Infrastructure --startup-project Mirage.Api</code>
/// (see migrations.md).
/// </summary>
public class MirageDbContext(DbContextOptions<MirageDbContext> options) : DbContext(options)
{
    public DbSet<User> Users => Set<User>();

    public DbSet<UserStats> UserStats => Set<UserStats>();

    public DbSet<Session> Sessions => Set<Session>();

    protected override void OnModelCreating(ModelBuilder modelBuilder) =>
        modelBuilder.ApplyConfigurationsFromAssembly(typeof(MirageDbContext).Assembly);

    protected override void ConfigureConventions(ModelConfigurationBuilder configurationBuilder) =>
        configurationBuilder.Properties<DateTime>().HaveConversion<UtcDateTimeConverter>();
}
