using System.Net;
using System.Text.Json.Nodes;
using Mirage.Infrastructure;
using Mirage.Tests.Api.Support;

namespace Mirage.Tests.Api.Import;

/// <summary>The <c>import-legacy</c> command as an operator runs it: a real process, its output and its exit code.</summary>
public sealed class ImportCommandTests(DatabaseProvider provider) : ApiTest(provider)
{
    [Test]
    public async Task Command_ImportsWritesTheReportAndRefusesASecondRun()
    {
        var reportPath = TestDatabase.NewPath("import-report") + ".json";
        try
        {
            var first = await Factory.RunImportCommandAsync(LegacyImportExtensions.SamplePath, "--report", reportPath);
            var second = await Factory.RunImportCommandAsync(LegacyImportExtensions.SamplePath);

            Assert.That(first.ExitCode, Is.Zero, first.Output + first.Error);
            Assert.That(first.Output, Does.Contain("users: 37 read, 37 imported, 0 skipped").And.Contain("kai -> kai_2"));
            var report = JsonNode.Parse(await File.ReadAllTextAsync(reportPath))!;
            Assert.That(report["tables"]!["posts"]!["imported"]!.GetValue<long>(), Is.EqualTo(75));
            Assert.That(second.ExitCode, Is.EqualTo(2));
            Assert.That(second.Error, Does.Contain("already has users"));
            using var profile = await Client.GetAsync(Routes.User("zoë"));
            Assert.That(profile.StatusCode, Is.EqualTo(HttpStatusCode.OK));
        }
        finally
        {
            File.Delete(reportPath);
        }
    }

    [Test]
    public async Task Command_WithoutADatabaseFile_ExitsWith2AndSaysWhy()
    {
        var (exitCode, _, error) = await Factory.RunImportCommandAsync();

        Assert.That(exitCode, Is.EqualTo(2));
        Assert.That(error, Does.Contain("Name the first backend's database file."));
    }

    [Test]
    public async Task Command_WithHelp_PrintsTheUsageAndExits0()
    {
        var (exitCode, output, _) = await Factory.RunImportCommandAsync("--help");

        Assert.That(exitCode, Is.Zero);
        Assert.That(output, Does.Contain("--keep-sessions").And.Contain("Exit codes"));
    }
}
