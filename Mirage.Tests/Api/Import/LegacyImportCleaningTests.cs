using Moq;
using Mirage.Domain.Import;
using Mirage.Infrastructure;
using Mirage.Tests.Api.Support;

namespace Mirage.Tests.Api.Import;

/// <summary>Legacy values Mirage does not accept as they are, on dry runs of changed copies of the sample.</summary>
public sealed class LegacyImportCleaningTests(DatabaseProvider provider) : ApiTest(provider)
{
    private string _source = null!;

    [SetUp]
    public void CopyTheSample() => _source = LegacyImportExtensions.CopyOfSample();

    [TearDown]
    public void DeleteTheCopy() => TestDatabase.Delete(_source);

    [Test]
    public async Task CustomCss_ThroughMiragesPolicy_RemovalsAreReported()
    {
        await LegacyImportExtensions.ExecuteLegacyAsync(
            _source, "UPDATE users SET custom_css = 'body { color: red; position: fixed; }' WHERE username = 'carol'");

        var report = await DryRunAsync();

        Assert.That(report.CssRemovals.Keys, Is.EqualTo(new[] { "carol" }));
        Assert.That(string.Join(" ", report.CssRemovals["carol"]), Does.Contain("position"));
    }

    [Test]
    public async Task Avatar_ThatIsNotAWebLink_IsClearedAndReported()
    {
        await LegacyImportExtensions.ExecuteLegacyAsync(_source, "UPDATE users SET avatar_url = 'javascript:alert(1)' WHERE username = 'erin'");

        var report = await DryRunAsync();

        Assert.That(report.Changes.Single(c => c.Field == "avatar_url"), Has.Property(nameof(Rename.From)).EqualTo("javascript:alert(1)"));
    }

    [Test]
    public async Task Username_ThatCannotBeAPathSegment_IsRenamedAndTheirRowsFollow()
    {
        await LegacyImportExtensions.ExecuteLegacyAsync(
            _source,
            "UPDATE users SET username = 'dot/name' WHERE username = 'dot.name'; UPDATE posts SET username = 'dot/name' WHERE username = 'dot.name';");

        var report = await DryRunAsync();

        Assert.That(report.Changes.Single(c => c.Field == "username" && c.From == "dot/name").To, Is.EqualTo("dot_name"));
        Assert.That(report.Tables["posts"].Skipped, Is.Empty);
    }

    [Test]
    public async Task Rows_PointingAtMissingUsersOrPosts_AreSkippedAndCounted()
    {
        await LegacyImportExtensions.ExecuteLegacyAsync(
            _source, "INSERT INTO replies (post_id, username, content) VALUES (99999, 'alice', 'orphan'); DELETE FROM users WHERE username = 'lurker';"
            + "INSERT INTO posts (username, content) VALUES ('ghost', 'from a deleted account');");

        var report = await DryRunAsync();

        Assert.That(report.Tables["replies"].Skipped["post missing"], Is.EqualTo(1));
        Assert.That(report.Tables["posts"].Skipped["author's account missing"], Is.EqualTo(1));
    }

    // The second is pbkdf2 in form but asks for more iterations than login will compute: it refuses every password.
    [TestCase("md5$abc$def")]
    [TestCase("pbkdf2:sha256:3000000$salt$9c7cd77e5b24e316e9afa8dd930ee2c5090046e1957297726861c71b8f5ac8e5")]
    public async Task HashThatNoLoginAccepts_IsImportedAndListed(string hash)
    {
        await LegacyImportExtensions.ExecuteLegacyAsync(_source, $"UPDATE users SET password = '{hash}' WHERE username = 'frank'");

        var report = await DryRunAsync();

        Assert.That(report.UnknownHashAccounts, Is.EqualTo(new[] { "frank" }));
        Assert.That(report.HashKinds["unknown"], Is.EqualTo(1));
        Assert.That(report.Tables["users"].Imported, Is.EqualTo(37));
    }

    [Test]
    public async Task Progress_IsToldOfEveryTableInOrder()
    {
        var progress = new Mock<IImportProgress>();
        var started = new List<string>();
        progress.Setup(p => p.Started(It.IsAny<string>())).Callback<string>(started.Add);

        await Factory.ImportLegacyAsync(new ImportOptions(_source, DryRun: true), progress.Object);

        Assert.That(started, Is.EqualTo(new[] { "users", "posts", "post_votes", "replies", "following", "inbox_messages", "rooms", "room_members" }));
        progress.Verify(p => p.Finished("users", It.Is<TableCounts>(c => c.Imported == 37)), Times.Once);
    }

    private async Task<ImportReport> DryRunAsync() => (await Factory.ImportLegacyAsync(new ImportOptions(_source, DryRun: true))).Report!;
}
