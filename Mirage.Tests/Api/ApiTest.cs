namespace Mirage.Tests.Api;

/// <summary>One application and database per fixture; tests inside it use unique names.</summary>
public abstract class ApiTest
{
    protected MirageApiFactory Factory { get; private set; } = null!;

    protected HttpClient Client { get; private set; } = null!;

    [OneTimeSetUp]
    public void StartApplication()
    {
        Factory = CreateFactory();
        Client = Factory.CreateClient();
    }

    [OneTimeTearDown]
    public void StopApplication()
    {
        Client.Dispose();
        Factory.Dispose();
    }

    protected virtual MirageApiFactory CreateFactory() => new();
}
