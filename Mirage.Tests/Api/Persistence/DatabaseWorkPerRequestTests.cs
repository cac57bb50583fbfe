using System.Net;
using Microsoft.Extensions.DependencyInjection;
using Mirage.Infrastructure;
using Mirage.Infrastructure.Persistence.Postgres;
using Mirage.Infrastructure.Persistence.Sqlite;
using Mirage.Tests.Api.Support;

namespace Mirage.Tests.Api.Persistence;

/// <summary>
/// What the hottest requests ask of the database, recorded by an EF Core interceptor: a request that needs no
/// session never looks one up (even when the client sends its token, as the web client always does), and
/// each read makes only the commands it needs.
/// </summary>
public sealed class DatabaseWorkPerRequestTests(DatabaseProvider provider) : ApiTest(provider)
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
    public async Task PublicProfile_WithAToken_ReadsTheProfileInOneCommandWithoutASessionLookup()
    {
        var account = await Client.RegisterAndLoginAsync();

        var commands = await CommandsDuringAsync(() => Client.GetWithTokenAsync(Routes.User(account.Username), $"Bearer {account.Token}"));

        Assert.That(commands, Has.Count.EqualTo(1));
        Assert.That(commands.Single(), Does.Not.Contain("sessions"), "a public read has no use for the caller's session");
    }

    [Test]
    public async Task PublicProfile_WithAnUnknownToken_IsStillServed()
    {
        var account = await Client.RegisterAndLoginAsync();

        using var response = await Client.GetWithTokenAsync(Routes.User(account.Username), "Bearer not-a-session");

        Assert.That(response.StatusCode, Is.EqualTo(HttpStatusCode.OK));
    }

    [Test]
    public async Task Me_LooksUpTheSessionThenReadsTheProfile()
    {
        var account = await Client.RegisterAndLoginAsync();

        var commands = await CommandsDuringAsync(() => Client.GetWithTokenAsync(Routes.Me, $"Bearer {account.Token}"));

        Assert.That(commands, Has.Count.EqualTo(2), "one command for the session, one for the profile; last-seen is written at most once a minute");
        Assert.That(commands[0], Does.Contain("sessions"));
    }

    protected override MirageApiFactory CreateFactory() =>
        new(Provider, services =>
        {
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
