using System.Net;
using Mirage.Infrastructure;
using Mirage.Tests.Api.Support;

namespace Mirage.Tests.Api.Sessions;

/// <summary>Sessions end when idle too long and at their absolute limit, with the server's clock moved forward.</summary>
public sealed class SessionExpiryEndpointTests(DatabaseProvider provider) : ClockedApiTest(provider)
{
    [Test]
    public async Task Me_UsedEverySixDays_WorksUntilThirtyDaysThenReturns401()
    {
        var account = await Client.RegisterAndLoginAsync();

        for (var day = 6; day < 30; day += 6)
        {
            Clock.Advance(TimeSpan.FromDays(6));
            using var during = await Client.GetWithTokenAsync(Routes.Me, account.Token);
            Assert.That(during.StatusCode, Is.EqualTo(HttpStatusCode.OK), $"day {day}");
        }

        Clock.Advance(TimeSpan.FromDays(6));
        using var after = await Client.GetWithTokenAsync(Routes.Me, account.Token);
        await after.ShouldBeProblemAsync(401, "invalid token");
    }

    [Test]
    public async Task Me_AfterSevenIdleDays_Returns401()
    {
        var account = await Client.RegisterAndLoginAsync();

        Clock.Advance(TimeSpan.FromDays(7) - TimeSpan.FromMinutes(1));
        using var before = await Client.GetWithTokenAsync(Routes.Me, account.Token);
        Clock.Advance(TimeSpan.FromDays(7) + TimeSpan.FromMinutes(1));
        using var after = await Client.GetWithTokenAsync(Routes.Me, account.Token);

        Assert.That(before.StatusCode, Is.EqualTo(HttpStatusCode.OK));
        await after.ShouldBeProblemAsync(401, "invalid token");
    }

    [Test]
    public async Task Logout_WithExpiredToken_Returns401InvalidToken()
    {
        var account = await Client.RegisterAndLoginAsync();
        Clock.Advance(TimeSpan.FromDays(31));

        using var response = await Client.PostJsonAsync(Routes.Logout, new { token = account.Token });

        await response.ShouldBeProblemAsync(401, "invalid token");
    }

    [Test]
    public async Task Sessions_LastSeen_IsWrittenAtMostOncePerMinute()
    {
        var account = await Client.RegisterAndLoginAsync();
        var loginTime = await LastSeenAsync(account.Token);

        Clock.Advance(TimeSpan.FromSeconds(30));
        var afterThirtySeconds = await LastSeenAsync(account.Token);
        Clock.Advance(TimeSpan.FromSeconds(31));
        var afterSixtyOneSeconds = await LastSeenAsync(account.Token);

        using (Assert.EnterMultipleScope())
        {
            Assert.That(afterThirtySeconds, Is.EqualTo(loginTime));
            Assert.That(afterSixtyOneSeconds, Is.GreaterThan(loginTime));
        }
    }

    private async Task<DateTime> LastSeenAsync(string token)
    {
        using var response = await Client.GetWithTokenAsync(Routes.Sessions, token);
        var sessions = (await response.ReadJsonAsync())["sessions"]!.AsArray();
        return sessions.Single(s => s!["current"]!.GetValue<bool>())!["last_seen_at"]!.GetValue<DateTime>();
    }
}
