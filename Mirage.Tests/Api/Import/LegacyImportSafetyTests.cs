using System.Net;
using System.Text.Json;
using Mirage.Domain.Import;
using Mirage.Infrastructure;
using Mirage.Tests.Api.Support;
using Moq;

namespace Mirage.Tests.Api.Import;

/// <summary>
/// What the importer never does: change the source, write into a database that has users, leave half an import
/// behind, or write on a dry run. The fixture's own database stays empty throughout.
/// </summary>
public sealed class LegacyImportSafetyTests(DatabaseProvider provider) : ApiTest(provider)
{
    private readonly List<string> _files = [];

    [TearDown]
    public void DeleteFiles()
    {
        _files.ForEach(TestDatabase.Delete);
        _files.Clear();
    }

    [Test]
    public async Task Import_LeavesTheSourceFileExactlyAsItWas()
    {
        var source = Track(LegacyImportExtensions.CopyOfSample());
        var bytes = await File.ReadAllBytesAsync(source);
        var modified = File.GetLastWriteTimeUtc(source);

        await Factory.ImportLegacyAsync(new ImportOptions(source, DryRun: true));

        Assert.That(await File.ReadAllBytesAsync(source), Is.EqualTo(bytes));
        Assert.That(File.GetLastWriteTimeUtc(source), Is.EqualTo(modified));
        Assert.That(new[] { "-wal", "-shm", "-journal" }.Where(suffix => File.Exists(source + suffix)), Is.Empty);
    }

    [Test]
    public async Task DryRun_ReportsEverythingAndWritesNothing()
    {
        var outcome = await Factory.ImportLegacyAsync(new ImportOptions(LegacyImportExtensions.SamplePath, DryRun: true));

        Assert.That(outcome.Report!.Tables["users"].Imported, Is.EqualTo(37));
        Assert.That(outcome.Report.DryRun, Is.True);
        using var profile = await Client.GetAsync(Routes.User("alice"));
        Assert.That(profile.StatusCode, Is.EqualTo(HttpStatusCode.NotFound));
    }

    [Test]
    public async Task Import_FailingInItsLastStep_LeavesTheTargetAsItWas()
    {
        var messages = Track(TestDatabase.NewPath("legacy-messages"));
        await File.WriteAllTextAsync(messages, """[{"username": "alice", "message": "hi", "created_at": 1796167415.4, "room_id": 1}, {"username": """);

        Assert.That(
            async () => await Factory.ImportLegacyAsync(new ImportOptions(LegacyImportExtensions.SamplePath, messages)),
            Throws.InstanceOf<JsonException>());

        using var profile = await Client.GetAsync(Routes.User("alice"));
        Assert.That(profile.StatusCode, Is.EqualTo(HttpStatusCode.NotFound));
        Assert.That((await Factory.ImportLegacyAsync(new ImportOptions(LegacyImportExtensions.SamplePath, DryRun: true))).Refusal, Is.Null);
    }

    [Test]
    public async Task Import_CancelledPartWay_LeavesTheTargetAsItWas()
    {
        // Cancelled (as Ctrl-C does) once accounts and posts are written and votes are next.
        using var cancellation = new CancellationTokenSource();
        var progress = new Mock<IImportProgress>();
        progress.Setup(p => p.Started("post_votes")).Callback(cancellation.Cancel);

        Assert.That(
            async () => await Factory.ImportLegacyAsync(new ImportOptions(LegacyImportExtensions.SamplePath), progress.Object, cancellation.Token),
            Throws.InstanceOf<OperationCanceledException>());

        progress.Verify(p => p.Finished("posts", It.IsAny<TableCounts>()));
        using var profile = await Client.GetAsync(Routes.User("alice"));
        Assert.That(profile.StatusCode, Is.EqualTo(HttpStatusCode.NotFound));
        Assert.That((await Factory.ImportLegacyAsync(new ImportOptions(LegacyImportExtensions.SamplePath, DryRun: true))).Refusal, Is.Null);
    }

    [Test]
    public async Task Import_IntoADatabaseWithUsers_IsRefusedAndWritesNothing()
    {
        using var factory = new MirageApiFactory(Provider);
        using var client = factory.CreateClient();
        await client.RegisterAndLoginAsync();

        var outcome = await factory.ImportLegacyAsync(new ImportOptions(LegacyImportExtensions.SamplePath));

        Assert.That(outcome.Refusal, Does.Contain("already has users"));
        using var profile = await client.GetAsync(Routes.User("alice"));
        Assert.That(profile.StatusCode, Is.EqualTo(HttpStatusCode.NotFound));
    }

    [Test]
    public async Task Import_OfAnOlderDatabaseWithoutLaterColumns_ImportsEveryRow()
    {
        var source = Track(LegacyImportExtensions.CopyOfSample());
        await LegacyImportExtensions.ExecuteLegacyAsync(
            source,
            "ALTER TABLE users DROP COLUMN custom_css; ALTER TABLE users DROP COLUMN background_image; "
            + "ALTER TABLE posts DROP COLUMN upvotes; ALTER TABLE rooms DROP COLUMN password_hash;");

        var report = (await Factory.ImportLegacyAsync(new ImportOptions(source, DryRun: true))).Report!;

        Assert.That(report.Tables["users"].Imported, Is.EqualTo(37));
        Assert.That(report.Tables["posts"].Imported, Is.EqualTo(75));
        Assert.That(report.Changes.Count(c => c.Field == "password_hash"), Is.EqualTo(3), "private rooms without a hash are reported");
    }

    [Test]
    public async Task Messages_OlderThanTheirLifetime_AreSkippedAsExpired()
    {
        using var factory = LegacyImportExtensions.FactoryAt(Provider, LegacyImportExtensions.SampleWritten.AddDays(1));
        factory.CreateClient().Dispose();

        var report = (await factory.ImportLegacyAsync(
            new ImportOptions(LegacyImportExtensions.SamplePath, LegacyImportExtensions.MessagesPath, DryRun: true))).Report!;

        Assert.That(report.Tables["messages"].Skipped, Is.EqualTo(new Dictionary<string, long> { ["expired"] = 49 }));
    }

    private string Track(string path)
    {
        _files.Add(path);
        return path;
    }
}
