using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Mirage.Infrastructure;
using Mirage.Infrastructure.Persistence;
using Mirage.Tests.Api.Support;

namespace Mirage.Tests.Api.Persistence;

/// <summary>The service's start-up applies its provider's whole migration set to an empty database.</summary>
public sealed class MigrationsEndpointTests(DatabaseProvider provider) : ApiTest(provider)
{
    [Test]
    public async Task Startup_OnAnEmptyDatabase_AppliesEveryMigrationOfItsProvider()
    {
        using var scope = Factory.Services.CreateScope();
        var db = scope.ServiceProvider.GetRequiredService<MirageDbContext>();

        var applied = await db.Database.GetAppliedMigrationsAsync();

        using (Assert.EnterMultipleScope())
        {
            Assert.That(db.Database.ProviderName, Does.Contain(Provider == DatabaseProvider.Postgres ? "Npgsql" : "Sqlite"));
            Assert.That(applied, Is.EqualTo(db.Database.GetMigrations()).And.Not.Empty);
        }
    }
}
