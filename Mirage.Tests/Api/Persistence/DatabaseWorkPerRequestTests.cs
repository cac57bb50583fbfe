using System.Net;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Mirage.Infrastructure;
using Mirage.Infrastructure.Persistence.Postgres;
using Mirage.Infrastructure.Persistence.Sqlite;
using Mirage.Tests.Api.Support;

namespace Mirage.Tests.Api.Persistence;

/// <summary>
/// What the hottest requests ask of the database, recorded by an EF Core interceptor: a request that needs no
/// session never looks one up (even when the client sends its token, as the web client always does), and
/// a session's last-seen time is written at most once a minute. The session and profile reads themselves
/// bypass EF Core (<c>DirectRead</c>), so a look-up shows here as the last-seen write it makes on a session
/// not seen for a minute.
/// </summary>
public sealed class DatabaseWorkPerRequestTests(DatabaseProvider provider) : ClockedApiTest(provider)
{
    private readonly SqlCommandRecorder _recorder = new();

    [Test]
    public async Task Ping_TouchesNoDatabase_EvenWithAToken()
    {
        var account = await Client.RegisterAndLoginAsync();

        var commands = await CommandsDuringAsync(() => Client.GetWithTokenAsync(Routes.Ping, $"Bearer {account.Token}"));

        Assert.That(commands, Is.Empty);
    }

    [Test]
    public async Task PublicProfile_WithAToken_NeverLooksUpTheSession()
    {
        var account = await Client.RegisterAndLoginAsync();
        Clock.Advance(TimeSpan.FromMinutes(2));

        var commands = await CommandsDuringAsync(() => Client.GetWithTokenAsync(Routes.User(account.Username), $"Bearer {account.Token}"));

        // A look-up of a session last seen two minutes ago writes its last-seen time (see the test below).
        Assert.That(commands, Is.Empty, "a public read has no use for the caller's session");
    }

    [Test]
    public async Task PublicProfile_WithAnUnknownToken_IsStillServed()
    {
        var account = await Client.RegisterAndLoginAsync();

        using var response = await Client.GetWithTokenAsync(Routes.User(account.Username), "Bearer not-a-session");

        Assert.That(response.StatusCode, Is.EqualTo(HttpStatusCode.OK));
    }

    [Test]
    public async Task Me_WritesTheSessionsLastSeenTimeAtMostOnceAMinute()
    {
        var account = await Client.RegisterAndLoginAsync();
        Clock.Advance(TimeSpan.FromMinutes(2));

        var first = await CommandsDuringAsync(() => Client.GetWithTokenAsync(Routes.Me, $"Bearer {account.Token}"));
        var second = await CommandsDuringAsync(() => Client.GetWithTokenAsync(Routes.Me, $"Bearer {account.Token}"));

        // The session and profile reads bypass EF Core (DirectRead); the last-seen write does not.
        var writes = first.Where(c => c.TrimStart().StartsWith("UPDATE", StringComparison.OrdinalIgnoreCase)).ToList();
        Assert.That(writes, Has.Count.EqualTo(1));
        Assert.That(writes.Single(), Does.Contain("sessions").And.Contain("last_seen_at"));
        Assert.That(second, Is.Empty, "nothing to write within the minute");
    }

    protected override MirageApiFactory CreateFactory() =>
        new(Provider, services =>
        {
            services.Replace(ServiceDescriptor.Singleton<TimeProvider>(Clock));
            if (Provider == DatabaseProvider.Postgres)
            {
                services.ConfigureDbContext<PostgresMirageDbContext>(options => options.AddInterceptors(_recorder));
            }
            else
            {
                services.ConfigureDbContext<SqliteMirageDbContext>(options => options.AddInterceptors(_recorder));
            }
        });

    private async Task<IReadOnlyList<string>> CommandsDuringAsync(Func<Task<HttpResponseMessage>> request)
    {
        var before = _recorder.Commands.Count;
        using var response = await request();
        Assert.That(response.StatusCode, Is.EqualTo(HttpStatusCode.OK));
        return [.. _recorder.Commands.Skip(before).Select(c => c.Sql)];
    }
}
