using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;
using Mirage.Api.Setup;
using Mirage.Domain.Files;
using Mirage.Infrastructure;
using Mirage.Infrastructure.Files;
using Mirage.Infrastructure.Persistence.Files;

namespace Mirage.Tests.Infrastructure.Files;

/// <summary><c>Files:Store</c> decides which store holds the bytes; a store that does not exist stops the start-up.</summary>
public sealed class FileStoreRegistrationTests
{
    private readonly string _directory = Path.Combine(Path.GetTempPath(), "mirage-registration-" + Guid.NewGuid().ToString("N"));

    [TearDown]
    public void DeleteDirectory()
    {
        if (Directory.Exists(_directory))
        {
            Directory.Delete(_directory, recursive: true);
        }
    }

    [TestCase(null, typeof(DirectoryFileStore))]
    [TestCase("Directory", typeof(DirectoryFileStore))]
    [TestCase("database", typeof(DatabaseFileStore))]
    public void FileStore_IsTheConfiguredOne(string? store, Type expected)
    {
        using var services = Services(store);
        using var scope = services.CreateScope();

        Assert.That(scope.ServiceProvider.GetRequiredService<IFileStore>(), Is.TypeOf(expected));
    }

    [Test]
    public void AnUnknownStore_IsRefusedWithAMessageNamingTheSetting()
    {
        using var services = Services("S3");

        Assert.That(
            () => services.GetRequiredService<IOptions<FileSettings>>().Value,
            Throws.TypeOf<OptionsValidationException>().With.Message.Contains("Files:Store is 'S3'"));
    }

    private ServiceProvider Services(string? store)
    {
        var configuration = new ConfigurationBuilder()
            .AddInMemoryCollection([
                KeyValuePair.Create<string, string?>("Database:Provider", "Sqlite"),
                KeyValuePair.Create<string, string?>("ConnectionStrings:Mirage", "Data Source=:memory:"),
                KeyValuePair.Create<string, string?>("Files:Store", store),
                KeyValuePair.Create<string, string?>("Files:Directory", _directory),
            ])
            .Build();
        var services = new ServiceCollection().AddSingleton<IConfiguration>(configuration).AddLogging();
        services.AddMirageSettings();
        services.AddMirageInfrastructure();
        return services.BuildServiceProvider();
    }
}
