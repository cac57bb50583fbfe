using System.Net;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.Extensions.Time.Testing;
using Mirage.Infrastructure;
using Mirage.Tests.Api.Support;

namespace Mirage.Tests.Api.Resilience;

/// <summary>
/// Mirage over a PostgreSQL server of this fixture's own, stopped and started as an operator's restart
/// does: clear 503s in time while it is out, full service as soon as it is back.
/// </summary>
public sealed class PostgresOutageEndpointTests
{
    private readonly FakeTimeProvider _clock = new(DateTimeOffset.UtcNow);
    private OwnPostgresServer _server = null!;
    private MirageApiFactory _factory = null!;
    private HttpClient _client = null!;

    [OneTimeSetUp]
    public async Task StartAsync()
    {
        if (!PostgresTestDatabase.IsConfigured)
        {
            Assert.Ignore($"PostgreSQL tests need a server: set {PostgresTestDatabase.ServerVariable} (.ci/run starts one).");
        }

        _server = await OwnPostgresServer.StartAsync();
        _factory = new MirageApiFactory(
            DatabaseProvider.Postgres,
            services => services.Replace(ServiceDescriptor.Singleton<TimeProvider>(_clock)),
            new Dictionary<string, string>([OutageFiles.MessageLifetimeSetting]) { ["ConnectionStrings:Mirage"] = _server.ConnectionString });
        _client = _factory.CreateClient();
    }

    [OneTimeTearDown]
    public void Stop()
    {
        _client?.Dispose();
        _factory?.Dispose();
        _server?.Dispose();
    }

    [Test]
    public async Task Requests_WhileTheServerIsDown_Answer503WithRetryAfterInTime_AndWhatNeedsNoDatabaseKeepsWorking()
    {
        var author = await _client.RegisterAndLoginAsync(Names.Unique("outage"));
        await _server.StopAsync();
        try
        {
            await Outage.TimedAsync(() => _client.GetAsync(Routes.User(author.Username))).ShouldBeUnavailableInTimeAsync("profile");
            await Outage.TimedAsync(() => _client.PostAsAsync(author, Routes.CreatePost, new { content = "lost?" })).ShouldBeUnavailableInTimeAsync("post");
            await Outage.TimedAsync(() => _client.GetWithTokenAsync(Routes.Feed, author.Token)).ShouldBeUnavailableInTimeAsync("feed");
            await Outage.TimedAsync(() => _client.RegisterAsync(Names.Unique("outage"))).ShouldBeUnavailableInTimeAsync("register");

            using var ping = await _client.GetAsync(Routes.Ping);
            using var live = await _client.GetAsync(Routes.HealthLive);
            var (ready, readyElapsed) = await Outage.TimedAsync(() => _client.GetAsync(Routes.HealthReady));
            using var health = await _client.GetAsync(Routes.Health);
            using (ready)
            using (Assert.EnterMultipleScope())
            {
                Assert.That(ping.StatusCode, Is.EqualTo(HttpStatusCode.OK));
                Assert.That(live.StatusCode, Is.EqualTo(HttpStatusCode.OK), "live needs no database");
                Assert.That(ready.StatusCode, Is.EqualTo(HttpStatusCode.ServiceUnavailable));
                Assert.That(readyElapsed, Is.LessThan(TimeSpan.FromSeconds(3)), "ready answers within its check's timeout");
                Assert.That(health.StatusCode, Is.EqualTo(HttpStatusCode.ServiceUnavailable), "/healthz stays as it was");
            }
        }
        finally
        {
            await _server.StartAgainAsync();
        }

        Assert.That((await _client.GetStatsAsync(author.Username)).Posts, Is.Zero, "a refused post is not stored");
    }

    [Test]
    public async Task SharedFiles_WhileTheServerIsDown_AreServedFromTheDirectoryUntilTheirMessagesExpire_ButNeverOnceDeleted()
    {
        var files = await OutageFiles.ShareAsync(_client, _clock, _factory.FilesDirectory);
        await _server.StopAsync();
        try
        {
            await files.ShouldServeOnlyTheLiveOneAsync(_client);
        }
        finally
        {
            await _server.StartAgainAsync();
        }
    }

    [Test]
    public async Task Requests_RightAfterTheServerIsBack_AllSucceedInTime_ThoughThePooledConnectionsDied()
    {
        var authors = await Task.WhenAll(Enumerable.Range(0, 8).Select(_ => _client.RegisterAndLoginAsync(Names.Unique("back"))));

        // Several pooled connections, all of which the restart below kills without a request noticing.
        await Task.WhenAll(authors.Select(a => _client.CreatePostAsync(a, "before")));
        await _server.StopAsync();
        await _server.StartAgainAsync();

        var answers = await Task.WhenAll(authors.SelectMany(author => new[]
        {
            Outage.TimedAsync(() => _client.PostAsAsync(author, Routes.CreatePost, new { content = "after" })),
            Outage.TimedAsync(() => _client.GetAsync(Routes.User(author.Username))),
        }));

        using (Assert.EnterMultipleScope())
        {
            foreach (var (response, elapsed) in answers)
            {
                Assert.That(response.IsSuccessStatusCode, Is.True, $"{(int)response.StatusCode} {await response.Content.ReadAsStringAsync()}");
                Assert.That(elapsed, Is.LessThan(Outage.AnswerBound));
                response.Dispose();
            }
        }

        Assert.That((await _client.GetStatsAsync(authors[0].Username)).Posts, Is.EqualTo(2), "each acknowledged post stored once");
    }
}
