using System.Net;
using Mirage.Infrastructure;
using Mirage.Tests.Api.Support;

namespace Mirage.Tests.Api.Accounts;

/// <summary>A stolen token alone cannot take an account over through the settings page: a new password needs a fresh sign-in.</summary>
public sealed class UserSettingsRecentSignInEndpointTests(DatabaseProvider provider) : ClockedApiTest(provider)
{
    [Test]
    public async Task Settings_WithANewPasswordElevenMinutesAfterSignIn_Returns403AndChangesNothing()
    {
        var account = await Client.RegisterAndLoginAsync();
        Clock.Advance(TimeSpan.FromMinutes(11));

        using var response = await Client.PostAsAsync(account, Routes.UserSettings, new { password = "a much better passphrase", description = "not this either" });

        await response.ShouldBeProblemAsync(403, "log in again to change your password");
        using var login = await Client.LoginAsync(account.Username, account.Password);
        var profile = await (await Client.GetAsync(Routes.User(account.Username))).ReadJsonAsync();
        Assert.That(login.StatusCode, Is.EqualTo(HttpStatusCode.OK));
        Assert.That(profile["description"]?.GetValue<string>(), Is.Not.EqualTo("not this either"));
    }

    [Test]
    public async Task Settings_WithANewPasswordAfterLoggingInAgain_IsAccepted()
    {
        var account = await Client.RegisterAndLoginAsync();
        Clock.Advance(TimeSpan.FromMinutes(11));
        var fresh = await Client.LoginForTokenAsync(account.Username, account.Password);

        using var response = await Client.PostAsAsync(account with { Token = fresh }, Routes.UserSettings, new { password = "a much better passphrase" });

        Assert.That(response.StatusCode, Is.EqualTo(HttpStatusCode.OK));
    }

    [Test]
    public async Task Settings_WithoutAPasswordLongAfterSignIn_StillEditsTheProfile()
    {
        var account = await Client.RegisterAndLoginAsync();
        Clock.Advance(TimeSpan.FromDays(2));

        using var response = await Client.PostAsAsync(account, Routes.UserSettings, new { description = "still me" });

        Assert.That(response.StatusCode, Is.EqualTo(HttpStatusCode.OK));
    }
}
