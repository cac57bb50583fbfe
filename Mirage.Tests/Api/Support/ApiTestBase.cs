using Mirage.Infrastructure;

namespace Mirage.Tests.Api.Support;

/// <summary>One application and database per fixture; tests inside it use unique names.</summary>
public abstract class ApiTestBase(DatabaseProvider provider)
{
    protected DatabaseProvider Provider => provider;

    protected MirageApiFactory Factory { get; private set; } = null!;

    protected HttpClient Client { get; private set; } = null!;

    [OneTimeSetUp]
    public void StartApplication()
    {
        if (provider == DatabaseProvider.Postgres && !PostgresTestDatabase.IsConfigured)
        {
            Assert.Ignore($"PostgreSQL tests need a server: set {PostgresTestDatabase.ServerVariable} (.ci/run starts one).");
        }

        Factory = CreateFactory();
        Client = Factory.CreateClient();
    }

    [OneTimeTearDown]
    public void StopApplication()
    {
        Client?.Dispose();
        Factory?.Dispose();
    }

    protected virtual MirageApiFactory CreateFactory() => new(provider);
}
