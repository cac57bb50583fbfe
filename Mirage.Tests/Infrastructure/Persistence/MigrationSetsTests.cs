using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Infrastructure;
using Microsoft.EntityFrameworkCore.Migrations;
using Mirage.Infrastructure.Persistence.Postgres;
using Mirage.Infrastructure.Persistence.Sqlite;

namespace Mirage.Tests.Infrastructure.Persistence;

/// <summary>
/// One model, a migration set per provider: each set must describe the whole model, and every
/// migration added after the PostgreSQL set began must exist in both sets under the same name.
/// </summary>
public sealed class MigrationSetsTests
{
    // The PostgreSQL set starts from the model as it stood after these SQLite migrations.
    private const string LastSqliteOnlyMigration = "SocialFeatures";
    private const string FirstPostgresMigration = "InitialCreate";

    [Test]
    public void SqliteModel_HasNoChangesMissingFromItsMigrations()
    {
        using var db = new SqliteDesignTimeFactory().CreateDbContext([]);

        Assert.That(db.Database.HasPendingModelChanges(), Is.False, "add the migration for both providers (see migrations.md)");
    }

    [Test]
    public void PostgresModel_HasNoChangesMissingFromItsMigrations()
    {
        using var db = new PostgresDesignTimeFactory().CreateDbContext([]);

        Assert.That(db.Database.HasPendingModelChanges(), Is.False, "add the migration for both providers (see migrations.md)");
    }

    [Test]
    public void MigrationsAfterThePostgresBaseline_AreTheSameInBothSets()
    {
        using var sqlite = new SqliteDesignTimeFactory().CreateDbContext([]);
        using var postgres = new PostgresDesignTimeFactory().CreateDbContext([]);

        var sqliteNames = Names(sqlite).SkipWhile(name => name != LastSqliteOnlyMigration).Skip(1);
        var postgresNames = Names(postgres).SkipWhile(name => name != FirstPostgresMigration).Skip(1);

        Assert.That(Names(sqlite), Does.Contain(LastSqliteOnlyMigration));
        Assert.That(Names(postgres).First(), Is.EqualTo(FirstPostgresMigration));
        Assert.That(postgresNames, Is.EqualTo(sqliteNames));
    }

    // Migration ids are "<timestamp>_<Name>"; the names are what must match.
    private static List<string> Names(DbContext db) =>
        db.GetService<IMigrationsAssembly>().Migrations.Keys.Order().Select(id => id[(id.IndexOf('_') + 1)..]).ToList();
}
