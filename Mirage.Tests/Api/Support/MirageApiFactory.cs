using System.Globalization;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.AspNetCore.TestHost;
using Microsoft.Extensions.DependencyInjection;
using Mirage.Infrastructure;
using Mirage.Infrastructure.Passwords;

namespace Mirage.Tests.Api.Support;

/// <summary>
/// The real Mirage application over a fresh database (a SQLite file, or a PostgreSQL database on the
/// test server) that its own start-up migrates, as in production.
/// Per-address rate limits are off, the hashing bound is wide and a hash may wait for a thread without
/// limit, so tests that log in many times are not throttled; the fixtures about throttling turn them on
/// through <paramref name="settings"/>. Passwords are hashed with <see cref="TestHashIterations"/>, so the
/// hundreds of registrations and logins in the HTTP tests do not each cost a production-strength hash;
/// the fixtures about the cost of hashing set <see cref="RealHashing"/>.
/// Pass <paramref name="configureServices"/> to swap a service (a fake clock, a spy).
/// Shared files go to a directory of this application's own.
/// </summary>
public sealed class MirageApiFactory(
    DatabaseProvider provider,
    Action<IServiceCollection>? configureServices = null,
    IReadOnlyDictionary<string, string>? settings = null) : WebApplicationFactory<Program>
{
    /// <summary>
    /// Cheap, but Identity's real V3 format: every hash the test host makes and checks has this count, so a
    /// login never asks for a rehash (only a hash with fewer iterations than configured does).
    /// </summary>
    public const int TestHashIterations = 1_000;

    /// <summary>Production's hashing cost, for the fixtures whose checks depend on a hash taking real time.</summary>
    public static readonly IReadOnlyDictionary<string, string> RealHashing = new Dictionary<string, string>
    {
        ["Security:PasswordHashIterations"] = IdentityPasswordHasher.DefaultIterationCount.ToString(CultureInfo.InvariantCulture),
    };

    private static readonly Dictionary<string, string> TestDefaults = new()
    {
        ["Security:PasswordHashIterations"] = TestHashIterations.ToString(CultureInfo.InvariantCulture),
        ["RateLimiting:Enabled"] = "false",
        ["PasswordHashing:MaxQueued"] = "1000",
        ["PasswordHashing:MaxWait"] = "-00:00:00.001", // Timeout.InfiniteTimeSpan

        // Hundreds of concurrent requests on a shared 2-core machine can keep one waiting past production's
        // 30 s; the fixture about the limit itself sets a short one.
        ["Limits:RequestTimeout"] = "00:05:00",

        // The longest interval: tests decide when expired content goes (they call the sweeps); the fixture
        // about the background sweeper itself sets a short one.
        ["Rooms:ExpirySweepInterval"] = "1.00:00:00",
    };

    public DatabaseProvider Provider => provider;

    public string ConnectionString { get; } = provider == DatabaseProvider.Postgres
        ? PostgresTestDatabase.Create()
        : $"Data Source={TestDatabase.NewPath("test")}";

    /// <summary>Where the directory store keeps shared files, deleted with the application.</summary>
    public string FilesDirectory { get; } = Path.Combine(Path.GetTempPath(), "mirage-files-" + Guid.NewGuid().ToString("N"));

    /// <summary>The SQLite file, for tests about the file itself.</summary>
    public string DatabasePath => provider == DatabaseProvider.Sqlite
        ? ConnectionString["Data Source=".Length..]
        : throw new InvalidOperationException("A PostgreSQL database has no file.");

    protected override void ConfigureWebHost(IWebHostBuilder builder)
    {
        builder.UseSetting("Database:Provider", provider.ToString());
        builder.UseSetting("ConnectionStrings:Mirage", ConnectionString);
        builder.UseSetting("Files:Directory", FilesDirectory);
        foreach (var (key, value) in TestDefaults.Concat(settings ?? new Dictionary<string, string>()))
        {
            builder.UseSetting(key, value);
        }

        if (configureServices is not null)
        {
            builder.ConfigureTestServices(configureServices);
        }
    }

    protected override void Dispose(bool disposing)
    {
        base.Dispose(disposing);
        if (Directory.Exists(FilesDirectory))
        {
            Directory.Delete(FilesDirectory, recursive: true);
        }

        if (provider == DatabaseProvider.Postgres)
        {
            PostgresTestDatabase.Drop(ConnectionString);
        }
        else
        {
            TestDatabase.Delete(DatabasePath);
        }
    }
}
