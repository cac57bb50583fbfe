using System.Net;
using System.Text.Json.Nodes;
using Mirage.Infrastructure;
using Mirage.Tests.Api.Support;

namespace Mirage.Tests.Api.Sessions;

public sealed class SessionsEndpointTests(DatabaseProvider provider) : ApiTest(provider)
{
    [Test]
    public async Task Sessions_AfterTwoLogins_ListsBothWithTheCallerMarkedCurrentAndNoSecrets()
    {
        var account = await Client.RegisterAndLoginAsync();
        using var phoneLogin = await Client.SendWithTokenAsync(HttpMethod.Post, Routes.Login, "", new { username = account.Username, password = account.Password }, userAgent: "MiragePhone/1.0");
        var phone = (await phoneLogin.ReadJsonAsync())["token"]!.GetValue<string>();

        using var response = await Client.SendWithTokenAsync(HttpMethod.Get, Routes.Sessions, phone, userAgent: "MiragePhone/1.0");

        Assert.That(response.StatusCode, Is.EqualTo(HttpStatusCode.OK));
        var text = await response.Content.ReadAsStringAsync();
        var sessions = JsonNode.Parse(text)!["sessions"]!.AsArray();
        using (Assert.EnterMultipleScope())
        {
            Assert.That(sessions, Has.Count.EqualTo(2));
            Assert.That(sessions.Count(s => s!["current"]!.GetValue<bool>()), Is.EqualTo(1));
            var current = sessions.Single(s => s!["current"]!.GetValue<bool>())!;
            Assert.That(current["user_agent"]!.GetValue<string>(), Is.EqualTo("MiragePhone/1.0"));
            Assert.That(current.AsObject().Select(p => p.Key), Is.EquivalentTo(new[] { "id", "created_at", "last_seen_at", "expires_at", "user_agent", "current" }));
            Assert.That(text, Does.Not.Contain(phone).And.Not.Contain(account.Token).And.Not.Contain("hash"));
        }
    }

    [Test]
    public async Task RevokeSession_OfOwnOtherDevice_EndsOnlyThatSession()
    {
        var account = await Client.RegisterAndLoginAsync();
        var phone = await Client.LoginForTokenAsync(account.Username);
        var phoneId = await CurrentSessionIdAsync(phone);

        using var response = await Client.SendWithTokenAsync(HttpMethod.Delete, Routes.Session(phoneId), account.Token);

        Assert.That(response.StatusCode, Is.EqualTo(HttpStatusCode.OK));
        using var phoneMe = await Client.GetWithTokenAsync(Routes.Me, phone);
        using var laptopMe = await Client.GetWithTokenAsync(Routes.Me, account.Token);
        Assert.That(phoneMe.StatusCode, Is.EqualTo(HttpStatusCode.Unauthorized));
        Assert.That(laptopMe.StatusCode, Is.EqualTo(HttpStatusCode.OK));
    }

    [Test]
    public async Task RevokeSession_OfSomeoneElse_Returns404AndLeavesItAlive()
    {
        var victim = await Client.RegisterAndLoginAsync();
        var attacker = await Client.RegisterAndLoginAsync();
        var victimSession = await CurrentSessionIdAsync(victim.Token);

        using var response = await Client.SendWithTokenAsync(HttpMethod.Delete, Routes.Session(victimSession), attacker.Token);

        await response.ShouldBeProblemAsync(404, "session not found");
        using var victimMe = await Client.GetWithTokenAsync(Routes.Me, victim.Token);
        Assert.That(victimMe.StatusCode, Is.EqualTo(HttpStatusCode.OK));
    }

    [Test]
    public async Task LogoutAll_WithoutBody_EndsEverySessionOfTheCaller()
    {
        var account = await Client.RegisterAndLoginAsync();
        var phone = await Client.LoginForTokenAsync(account.Username);
        var other = await Client.RegisterAndLoginAsync();

        using var response = await Client.SendWithTokenAsync(HttpMethod.Post, Routes.LogoutAll, account.Token);

        Assert.That((await response.ReadJsonAsync())["revoked"]!.GetValue<int>(), Is.EqualTo(2));
        using var laptopMe = await Client.GetWithTokenAsync(Routes.Me, account.Token);
        using var phoneMe = await Client.GetWithTokenAsync(Routes.Me, phone);
        using var otherMe = await Client.GetWithTokenAsync(Routes.Me, other.Token);
        using (Assert.EnterMultipleScope())
        {
            Assert.That(laptopMe.StatusCode, Is.EqualTo(HttpStatusCode.Unauthorized));
            Assert.That(phoneMe.StatusCode, Is.EqualTo(HttpStatusCode.Unauthorized));
            Assert.That(otherMe.StatusCode, Is.EqualTo(HttpStatusCode.OK), "another user's session is untouched");
        }
    }

    [Test]
    public async Task LogoutAll_KeepingCurrent_EndsOnlyTheOthers()
    {
        var account = await Client.RegisterAndLoginAsync();
        var phone = await Client.LoginForTokenAsync(account.Username);

        using var response = await Client.SendWithTokenAsync(HttpMethod.Post, Routes.LogoutAll, account.Token, new { keep_current = true });

        Assert.That((await response.ReadJsonAsync())["revoked"]!.GetValue<int>(), Is.EqualTo(1));
        using var laptopMe = await Client.GetWithTokenAsync(Routes.Me, account.Token);
        using var phoneMe = await Client.GetWithTokenAsync(Routes.Me, phone);
        Assert.That(laptopMe.StatusCode, Is.EqualTo(HttpStatusCode.OK));
        Assert.That(phoneMe.StatusCode, Is.EqualTo(HttpStatusCode.Unauthorized));
    }

    [Test]
    public async Task Sessions_WithoutToken_Returns401()
    {
        using var response = await Client.GetAsync(Routes.Sessions);

        await response.ShouldBeProblemAsync(401, "authentication required");
    }

    private async Task<Guid> CurrentSessionIdAsync(string token)
    {
        using var response = await Client.GetWithTokenAsync(Routes.Sessions, token);
        var sessions = (await response.ReadJsonAsync())["sessions"]!.AsArray();
        return sessions.Single(s => s!["current"]!.GetValue<bool>())!["id"]!.GetValue<Guid>();
    }
}
