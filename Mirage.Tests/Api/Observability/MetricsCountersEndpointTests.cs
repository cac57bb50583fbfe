using System.Net;
using Mirage.Infrastructure;
using Mirage.Tests.Api.Support;

namespace Mirage.Tests.Api.Observability;

/// <summary>What an operator's Prometheus sees move on <c>/metrics</c> while people use Mirage (SQLite: the counters do not depend on the provider).</summary>
public sealed class MetricsCountersEndpointTests : SqliteApiTest
{
    [Test]
    public async Task Scrape_AfterPeopleSignInPostVoteAndWrite_ShowsMiragesCountersMoved()
    {
        var before = await Scrape.ReadAsync(Client);

        var ann = await Client.RegisterAndLoginAsync();
        var bob = await Client.RegisterAndLoginAsync();
        using (var wrong = await Client.LoginAsync(ann.Username, "not ann's password"))
        using (var unknown = await Client.LoginAsync(Names.Unique(), "whoever this is"))
        {
            Assert.That(wrong.StatusCode, Is.EqualTo(HttpStatusCode.Unauthorized));
            Assert.That(unknown.IsSuccessStatusCode, Is.False);
        }

        var post = await Client.CreatePostAsync(ann);
        await Client.VoteAsync(bob, post, "up");
        await Client.SendMessageAsync(ann, bob.Username);
        var room = await Client.OpenRoomAsync(ann, bob);
        await Client.SendRoomMessageOkAsync(bob, room, "hello room");
        await Client.UploadForIdAsync(ann, room, "a note"u8.ToArray());
        using (var logout = await Client.LogoutWithHeaderAsync(bob.Token))
        {
            Assert.That(logout.StatusCode, Is.EqualTo(HttpStatusCode.OK));
        }

        var after = await Scrape.ReadAsync(Client);
        double Moved(string name, params string[] labels) => after.Sum(name, labels) - before.Sum(name, labels);
        using (Assert.EnterMultipleScope())
        {
            Assert.That(Moved("mirage_logins_total", "outcome=\"succeeded\""), Is.EqualTo(2), after.Text);
            Assert.That(Moved("mirage_logins_total", "outcome=\"wrong_password\""), Is.EqualTo(1));
            Assert.That(Moved("mirage_logins_total", "outcome=\"unknown_user\""), Is.EqualTo(1));
            Assert.That(Moved("mirage_sessions_opened_total"), Is.EqualTo(2));
            Assert.That(Moved("mirage_sessions_revoked_total", "reason=\"logout\""), Is.EqualTo(1));
            Assert.That(Moved("mirage_posts_total"), Is.EqualTo(1));
            Assert.That(Moved("mirage_votes_total", "direction=\"up\""), Is.EqualTo(1));
            Assert.That(Moved("mirage_messages_total", "kind=\"direct\""), Is.EqualTo(1));
            Assert.That(Moved("mirage_messages_total", "kind=\"room\""), Is.EqualTo(1));
            Assert.That(Moved("mirage_uploads_total", "outcome=\"stored\""), Is.EqualTo(1));
            Assert.That(Moved("http_server_request_duration_seconds_count"), Is.GreaterThanOrEqualTo(12), "ASP.NET Core's request metrics");
        }
    }

    [Test]
    public async Task Scrape_AfterWrongPasswordsLockAnAccount_CountsTheLockOutAndTheRefusedLogin()
    {
        var ann = await Client.RegisterAndLoginAsync();
        var before = await Scrape.ReadAsync(Client);

        // The default lock-out threshold: the fifth wrong password locks, the sixth attempt is refused unchecked.
        for (var attempt = 0; attempt < 6; attempt++)
        {
            using var wrong = await Client.LoginAsync(ann.Username, "not ann's password");
        }

        var after = await Scrape.ReadAsync(Client);
        using (Assert.EnterMultipleScope())
        {
            Assert.That(after.Sum("mirage_lockouts_total", "scope=\"account\"") - before.Sum("mirage_lockouts_total", "scope=\"account\""), Is.EqualTo(1), after.Text);
            Assert.That(after.Sum("mirage_logins_total", "outcome=\"wrong_password\"") - before.Sum("mirage_logins_total", "outcome=\"wrong_password\""), Is.EqualTo(5));
            Assert.That(after.Sum("mirage_logins_total", "outcome=\"locked_out\"") - before.Sum("mirage_logins_total", "outcome=\"locked_out\""), Is.EqualTo(1));
        }
    }

    [Test]
    public async Task Scrape_ShowsHashingRuntimeAndDatabaseMetrics()
    {
        await Client.RegisterAndLoginAsync();

        var scrape = await Scrape.ReadAsync(Client);

        using (Assert.EnterMultipleScope())
        {
            Assert.That(scrape.Has("mirage_password_hashes_queued"), Is.True, scrape.Text);
            Assert.That(scrape.Has("mirage_password_hashes_running"), Is.True);
            Assert.That(scrape.Has("dotnet_gc_"), Is.True, "the runtime's metrics");
            Assert.That(scrape.Has("microsoft_entityframeworkcore_"), Is.True, "EF Core's metrics");
        }
    }

    protected override MirageApiFactory CreateFactory() => new(DatabaseProvider.Sqlite, Scrape.Uncached, Scrape.Enabled);
}
