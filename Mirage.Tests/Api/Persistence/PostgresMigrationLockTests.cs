using Microsoft.EntityFrameworkCore;
using Mirage.Infrastructure.Persistence;
using Mirage.Infrastructure.Persistence.Postgres;
using Mirage.Tests.Api.Support;

namespace Mirage.Tests.Api.Persistence;

/// <summary>Two servers starting at once against one PostgreSQL database migrate one after the other, never interleaved.</summary>
public sealed class PostgresMigrationLockTests
{
    private string _connectionString = null!;

    [SetUp]
    public void CreateDatabase()
    {
        if (!PostgresTestDatabase.IsConfigured)
        {
            Assert.Ignore($"Needs a PostgreSQL server: set {PostgresTestDatabase.ServerVariable} (.ci/run starts one).");
        }

        _connectionString = PostgresTestDatabase.Create();
    }

    [TearDown]
    public void DropDatabase()
    {
        if (PostgresTestDatabase.IsConfigured)
        {
            PostgresTestDatabase.Drop(_connectionString);
        }
    }

    [Test]
    public async Task Migrate_WhileAnotherServerMigrates_WaitsForItThenFindsNothingPending()
    {
        Task migrating;
        await using (await PostgresMigrationLock.AcquireAsync(_connectionString, CancellationToken.None))
        {
            migrating = MigrateAsync();
            await Task.Delay(TimeSpan.FromSeconds(1));
            Assert.That(migrating.IsCompleted, Is.False, "a server must not migrate while another holds the lock");
            await using var db = NewContext();
            Assert.That(await db.Database.GetAppliedMigrationsAsync(), Is.Empty);
        }

        await migrating.WaitAsync(TimeSpan.FromSeconds(60));
        await using var after = NewContext();
        Assert.That(await after.Database.GetPendingMigrationsAsync(), Is.Empty);
    }

    [Test]
    public async Task Migrate_OnTwoServersAtOnce_AppliesEveryMigrationOnce()
    {
        await Task.WhenAll(MigrateAsync(), MigrateAsync(), MigrateAsync());

        await using var db = NewContext();
        Assert.That(await db.Database.GetAppliedMigrationsAsync(), Is.EqualTo(db.Database.GetMigrations()));
    }

    private async Task MigrateAsync()
    {
        await Task.Yield();
        await using var db = NewContext();
        await DatabaseMigrator.MigrateAsync(db, CancellationToken.None);
    }

    private PostgresMirageDbContext NewContext()
    {
        var options = new DbContextOptionsBuilder<PostgresMirageDbContext>();
        options.UseMiragePostgres(_connectionString);
        return new PostgresMirageDbContext(options.Options);
    }
}
