using System.Net;
using System.Net.Sockets;
using Mirage.Tests.Api.Support;

namespace Mirage.Tests.Api.Resilience;

/// <summary>
/// A database Mirage cannot open stops the start-up with a non-zero exit and one line that says why,
/// not a stack trace; an unreachable one is waited for first when <c>Hosting:WaitForDatabase</c> says so.
/// </summary>
public sealed class StartupFailureTests
{
    private const string CannotStart = "Mirage cannot start: the database could not be opened";

    private readonly string _path = TestDatabase.NewPath("startup");

    [TearDown]
    public void DeleteDatabase() => TestDatabase.Delete(_path);

    [Test]
    public async Task Start_WithTheSqliteFileInAMissingDirectory_ExitsNonZeroWithOneClearLine()
    {
        var missing = Path.Combine(Path.GetTempPath(), $"mirage-missing-{Guid.NewGuid():N}", "mirage.db");

        var (exitCode, output) = await ServerProcess.RunUntilExitAsync(Sqlite(missing));

        ShouldHaveFailedClearly(exitCode, output);
    }

    [Test]
    public async Task Start_WithACorruptSqliteFile_ExitsNonZeroWithOneClearLine()
    {
        await File.WriteAllTextAsync(_path, string.Concat(Enumerable.Repeat("this is not a database. ", 400)));

        var (exitCode, output) = await ServerProcess.RunUntilExitAsync(Sqlite(_path));

        ShouldHaveFailedClearly(exitCode, output);
    }

    [Test]
    public async Task Start_WithPostgresUnreachable_WaitsTheConfiguredTimeThenExitsNonZeroWithOneClearLine()
    {
        var (exitCode, output) = await ServerProcess.RunUntilExitAsync(new Dictionary<string, string>
        {
            ["Database__Provider"] = "Postgres",
            ["ConnectionStrings__Mirage"] = $"Host=127.0.0.1;Port={ClosedPort()};Username=mirage;Database=mirage",
            ["Hosting__WaitForDatabase"] = "00:00:02",
        });

        ShouldHaveFailedClearly(exitCode, output);
        Assert.That(output, Does.Contain("Waiting for the database"));
    }

    private static Dictionary<string, string> Sqlite(string path) => new() { ["ConnectionStrings__Mirage"] = $"Data Source={path}" };

    private static void ShouldHaveFailedClearly(int exitCode, string output)
    {
        using (Assert.EnterMultipleScope())
        {
            Assert.That(exitCode, Is.Not.Zero, output);
            Assert.That(output, Does.Contain(CannotStart), output);
            Assert.That(output, Does.Not.Contain("   at "), "no stack trace:\n" + output);
            Assert.That(output, Does.Not.Contain("Unhandled exception"), output);
        }
    }

    private static int ClosedPort()
    {
        using var listener = new TcpListener(IPAddress.Loopback, 0);
        listener.Start();
        return ((IPEndPoint)listener.LocalEndpoint).Port;
    }
}
