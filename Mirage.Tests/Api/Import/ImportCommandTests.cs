using System.Diagnostics;
using System.Globalization;
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

    // SIGINT is what Ctrl-C sends, SIGTERM what kill and service managers send.
    [TestCase("TERM")]
    [TestCase("INT")]
    public async Task Command_InterruptedBySignal_Exits130AndLeavesTheTargetEmpty(string signal)
    {
        // An empty target of its own (this fixture's has been imported into), and enough posts that the import is
        // still writing them when the signal comes.
        await using var target = new MirageApiFactory(Provider);
        using var client = target.CreateClient();
        var source = LegacyImportExtensions.CopyOfSample();
        try
        {
            await LegacyImportExtensions.ExecuteLegacyAsync(
                source,
                "WITH RECURSIVE n(i) AS (SELECT 1 UNION ALL SELECT i + 1 FROM n WHERE i < 200000) "
                + "INSERT INTO posts (username, content, created_at) SELECT 'alice', 'post ' || i, '2026-01-01 00:00:00' FROM n");
            using var process = target.StartImportCommand(source);
            var error = process.StandardError.ReadToEndAsync();
            while (await process.StandardOutput.ReadLineAsync() is { } line && line != "posts: reading")
            {
            }

            using (var kill = Process.Start("kill", ["-" + signal, process.Id.ToString(CultureInfo.InvariantCulture)]))
            {
                await kill.WaitForExitAsync();
            }

            await process.StandardOutput.ReadToEndAsync();
            using var timeout = new CancellationTokenSource(TimeSpan.FromMinutes(1));
            await process.WaitForExitAsync(timeout.Token);

            Assert.That(process.ExitCode, Is.EqualTo(130), await error);
            Assert.That(await error, Does.Contain("Import cancelled, no data was written."));
            using var profile = await client.GetAsync(Routes.User("alice"));
            Assert.That(profile.StatusCode, Is.EqualTo(HttpStatusCode.NotFound), "the users written before the signal were rolled back");
        }
        finally
        {
            TestDatabase.Delete(source);
        }
    }
}
