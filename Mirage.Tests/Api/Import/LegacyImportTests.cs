using System.Net;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Mirage.Infrastructure.Persistence;
using Mirage.Domain.Import;
using Mirage.Domain.Rooms;
using Mirage.Domain.Users;
using Mirage.Infrastructure;
using Mirage.Tests.Api.Support;

namespace Mirage.Tests.Api.Import;

/// <summary>The sample database of the first backend, imported once (with its chat-room file and its sessions), read back through the API.</summary>
public sealed class LegacyImportTests(DatabaseProvider provider) : ApiTest(provider)
{
    private ImportReport _report = null!;

    /// <summary>Rows as the import left them, before the sign-ins and joins below upgrade their hashes.</summary>
    private (User User, Room Room) _asImported;

    protected override MirageApiFactory CreateFactory() => LegacyImportExtensions.FactoryAt(Provider, LegacyImportExtensions.SampleWritten);

    [OneTimeSetUp]
    public async Task ImportTheSample()
    {
        var outcome = await Factory.ImportLegacyAsync(
            new ImportOptions(LegacyImportExtensions.SamplePath, LegacyImportExtensions.MessagesPath, KeepSessions: true));
        Assert.That(outcome.Refusal, Is.Null);
        _report = outcome.Report!;
        await using var scope = Factory.Services.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<MirageDbContext>();
        _asImported = (
            await db.Users.AsNoTracking().SingleAsync(u => u.Username == "legacy_scrypt"),
            await db.Rooms.AsNoTracking().SingleAsync(r => r.Name == "secret-club"));
    }

    [TestCase("users", 37)]
    [TestCase("posts", 75)]
    [TestCase("post_votes", 170)]
    [TestCase("replies", 48)]
    [TestCase("following", 92)]
    [TestCase("inbox_messages", 32)]
    [TestCase("rooms", 8)]
    [TestCase("room_members", 47)]
    [TestCase("messages", 49)]
    public void Import_OfTheSample_ImportsEveryUsableRow(string table, int imported) =>
        Assert.That(_report.Tables[table].Imported, Is.EqualTo(imported));

    [Test]
    public void Import_OfTheSample_DropsTheSelfFollowAndDuplicateMembershipsAndCountsThem()
    {
        Assert.That(_report.Tables["following"].Skipped, Is.EqualTo(new Dictionary<string, long> { ["self-follow"] = 1 }));
        Assert.That(_report.Tables["room_members"].Skipped, Is.EqualTo(new Dictionary<string, long> { ["duplicate membership"] = 3 }));
    }

    [Test]
    public void Import_OfTheSample_ReportsHashKindsAndTheRenamedKai()
    {
        Assert.That(_report.HashKinds, Is.EqualTo(new Dictionary<string, int> { ["pbkdf2"] = 31, ["scrypt"] = 6 }));
        Assert.That(_report.Changes.Where(c => c.Field == "username").Select(c => (c.From, c.To)), Is.EqualTo(new[] { ("kai", "kai_2") }));
    }

    [TestCase("Kai")]
    [TestCase("kai_2")]
    [TestCase("zoë")]
    [TestCase("dot.name")]
    [TestCase("legacy_pbkdf2")]
    public async Task Profile_OfAnImportedAccount_IsShownUnderItsDocumentedName(string username)
    {
        using var response = await Client.GetAsync(Routes.User(username));

        Assert.That(response.StatusCode, Is.EqualTo(HttpStatusCode.OK), await response.Content.ReadAsStringAsync());
        Assert.That((await response.ReadJsonAsync())["username"]!.GetValue<string>(), Is.EqualTo(username));
    }

    [Test]
    public async Task Post_KeepsItsLegacyId()
    {
        var postId = await LegacyImportExtensions.QueryLegacyAsync("SELECT MAX(id) FROM posts");
        var legacyLength = await LegacyImportExtensions.QueryLegacyAsync($"SELECT length(content) FROM posts WHERE id = {postId}");

        var post = await Client.GetPostAsync(postId);

        Assert.That(post.ToJsonString(), Does.Contain($"\"id\":{postId}"));
        Assert.That(post.ToJsonString().Length, Is.GreaterThan(legacyLength));
    }

    [TestCase("alice")]
    [TestCase("bob")]
    [TestCase("carol")]
    [TestCase("Kai")]
    public async Task Stats_AfterImport_EqualTheRowsNotTheLegacyCounters(string username)
    {
        var expected = new SocialStats(
            (int)await LegacyImportExtensions.QueryLegacyAsync($"SELECT COUNT(*) FROM following WHERE following = '{username}' AND follower <> following"),
            (int)await LegacyImportExtensions.QueryLegacyAsync($"SELECT COUNT(*) FROM following WHERE follower = '{username}' AND follower <> following"),
            (int)await LegacyImportExtensions.QueryLegacyAsync($"SELECT COUNT(*) FROM posts WHERE username = '{username}'"),
            (int)await LegacyImportExtensions.QueryLegacyAsync(
                $"SELECT COUNT(*) FROM post_votes v JOIN posts p ON p.id = v.post_id WHERE p.username = '{username}' AND v.vote_type = 'up'"),
            (int)await LegacyImportExtensions.QueryLegacyAsync(
                $"SELECT COUNT(*) FROM post_votes v JOIN posts p ON p.id = v.post_id WHERE p.username = '{username}' AND v.vote_type = 'down'"));

        Assert.That(await Client.GetStatsAsync(username), Is.EqualTo(expected));
    }

    [Test]
    public async Task Stats_OfTheSample_DifferFromTheDriftedLegacyCounters()
    {
        var drifted = await LegacyImportExtensions.QueryLegacyAsync(
            "SELECT COUNT(*) FROM user_profile u WHERE u.posts <> (SELECT COUNT(*) FROM posts p WHERE p.username = u.username)");

        Assert.That(drifted, Is.GreaterThan(0), "the sample is meant to hold drifted counters");
    }

    [Test]
    public async Task NewPost_AfterImport_GetsAnIdAboveEveryImportedOne()
    {
        var account = await Client.RegisterAndLoginAsync();

        var postId = await Client.CreatePostAsync(account);

        Assert.That(postId, Is.GreaterThan(await LegacyImportExtensions.QueryLegacyAsync("SELECT MAX(id) FROM posts")));
    }

    [Test]
    public async Task KeptSession_SignsInWithTheLegacyToken()
    {
        var token = await LegacyImportExtensions.QueryLegacyTextAsync("SELECT token FROM users WHERE username = 'alice'");

        using var response = await Client.GetWithTokenAsync(Routes.Me, token);

        Assert.That(response.StatusCode, Is.EqualTo(HttpStatusCode.OK), await response.Content.ReadAsStringAsync());
        Assert.That(await response.Content.ReadAsStringAsync(), Does.Contain("\"alice\""));
        Assert.That(_report.SessionsKept, Is.EqualTo(await LegacyImportExtensions.QueryLegacyAsync("SELECT COUNT(*) FROM users WHERE token IS NOT NULL")));
    }

    [Test]
    public async Task SecondImport_IntoTheSameTarget_IsRefused()
    {
        var outcome = await Factory.ImportLegacyAsync(new ImportOptions(LegacyImportExtensions.SamplePath));

        Assert.That(outcome.Refusal, Does.Contain("already has users"));
    }

    [Test]
    public async Task PrivateRoom_KeepsItsLegacyHashMarkedAsSha256ForTheFirstJoinToUpgrade()
    {
        var legacyHash = await LegacyImportExtensions.QueryLegacyTextAsync("SELECT password_hash FROM rooms WHERE name = 'secret-club'");

        Assert.That(_asImported.Room.PasswordHash, Is.EqualTo("sha256:" + legacyHash));
    }

    [Test]
    public async Task ImportedAccount_KeepsItsLegacyHashAndCreationTime()
    {
        var legacyHash = await LegacyImportExtensions.QueryLegacyTextAsync("SELECT password FROM users WHERE username = 'legacy_scrypt'");

        Assert.That(_asImported.User.PasswordHash, Is.EqualTo(legacyHash));
        Assert.That(_asImported.User.CreatedAt, Is.EqualTo(new DateTime(2026, 12, 1, 23, 19, 7, DateTimeKind.Utc)));
    }

    [Test]
    public async Task EveryAccountOfTheSample_LogsInWithItsOldPasswordUnderItsDocumentedName()
    {
        var renamed = _report.Changes.Where(c => c.Field == "username").ToDictionary(c => c.From, c => c.To);
        var accounts = (await File.ReadAllLinesAsync(LegacyImportExtensions.PasswordsPath))
            .Where(line => !line.StartsWith('#') && line.Length > 0)
            .Select(line => line.Split('\t'))
            .Select(fields => (Username: renamed.GetValueOrDefault(fields[0], fields[0]), Password: fields[1]))
            .ToList();

        var refused = new List<string>();
        foreach (var (username, password) in accounts)
        {
            using var response = await Client.LoginAsync(username, password);
            if (response.StatusCode != HttpStatusCode.OK)
            {
                refused.Add($"{username}: {(int)response.StatusCode}");
            }
        }

        Assert.That(accounts, Has.Count.EqualTo(37));
        Assert.That(refused, Is.Empty);
    }

    [TestCase("secret-club", "opensesame")]
    [TestCase("staff", "spaced pw")]
    [TestCase("book club", "📚books")]
    public async Task PrivateRoom_JoinsWithItsOldPassword(string room, string password)
    {
        var account = await Client.RegisterAndLoginAsync();

        await Client.JoinRoomOkAsync(account, room, password);
    }
}
