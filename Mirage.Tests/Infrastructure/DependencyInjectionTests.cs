using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Mirage.Api.Setup;
using Mirage.Infrastructure;
using Mirage.Infrastructure.Persistence;
using Mirage.Infrastructure.Persistence.Postgres;
using Mirage.Infrastructure.Persistence.Sqlite;

namespace Mirage.Tests.Infrastructure;

/// <summary>Both providers' context pools are registered; only the configured one ever hands out a context.</summary>
public sealed class DependencyInjectionTests
{
    [TestCase("Sqlite", typeof(SqliteMirageDbContext))]
    [TestCase("Postgres", typeof(PostgresMirageDbContext))]
    public void MirageDbContext_IsTheConfiguredProvidersContext(string provider, Type expected)
    {
        using var services = Services(provider);
        using var scope = services.CreateScope();

        Assert.That(scope.ServiceProvider.GetRequiredService<MirageDbContext>(), Is.TypeOf(expected));
    }

    [TestCase("Sqlite", typeof(SqliteWriteGate))]
    [TestCase("Postgres", typeof(PostgresWriteGate))]
    public void WriteGate_IsTheConfiguredProvidersGate_OnePerApplication(string provider, Type expected)
    {
        using var services = Services(provider);
        using var scope = services.CreateScope();

        Assert.That(scope.ServiceProvider.GetRequiredService<IWriteGate>(), Is.TypeOf(expected));
        Assert.That(scope.ServiceProvider.GetRequiredService<IWriteGate>(), Is.SameAs(services.GetRequiredService<IWriteGate>()));
    }

    [Test]
    public void OtherProvidersContext_IsRefused_NotBuiltForTheWrongDatabase()
    {
        using var services = Services("Postgres");
        using var scope = services.CreateScope();

        Assert.That(
            () => scope.ServiceProvider.GetRequiredService<SqliteMirageDbContext>(),
            Throws.InvalidOperationException.With.Message.Contains("configured for Postgres"));
    }

    // Building a context does not connect, so no server is needed.
    private static ServiceProvider Services(string provider)
    {
        var configuration = new ConfigurationBuilder()
            .AddInMemoryCollection([
                KeyValuePair.Create<string, string?>("Database:Provider", provider),
                KeyValuePair.Create<string, string?>("ConnectionStrings:Mirage", provider == "Postgres" ? "Host=localhost;Database=none" : "Data Source=:memory:"),
            ])
            .Build();
        var services = new ServiceCollection().AddSingleton<IConfiguration>(configuration).AddLogging();
        services.AddMirageSettings();
        services.AddMirageInfrastructure();
        return services.BuildServiceProvider();
    }
}
