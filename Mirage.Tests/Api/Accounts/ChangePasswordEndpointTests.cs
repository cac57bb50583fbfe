using System.Net;
using Mirage.Infrastructure;
using Mirage.Tests.Api.Support;

namespace Mirage.Tests.Api.Accounts;

public sealed class ChangePasswordEndpointTests(DatabaseProvider provider) : ApiTest(provider)
{
    private const string NewPassword = "a much better passphrase";

    [Test]
    public async Task ChangePassword_WithCurrentPassword_KeepsThisSessionEndsOthersAndSwapsPasswords()
    {
        var account = await Client.RegisterAndLoginAsync();
        var phone = await Client.LoginForTokenAsync(account.Username);

        using var response = await ChangeAsync(account.Token, account.Password, NewPassword);

        Assert.That(response.StatusCode, Is.EqualTo(HttpStatusCode.OK), await response.Content.ReadAsStringAsync());
        using var laptopMe = await Client.GetWithTokenAsync(Routes.Me, account.Token);
        using var phoneMe = await Client.GetWithTokenAsync(Routes.Me, phone);
        using var oldLogin = await Client.LoginAsync(account.Username, account.Password);
        using var newLogin = await Client.LoginAsync(account.Username, NewPassword);
        using (Assert.EnterMultipleScope())
        {
            Assert.That(laptopMe.StatusCode, Is.EqualTo(HttpStatusCode.OK));
            Assert.That(phoneMe.StatusCode, Is.EqualTo(HttpStatusCode.Unauthorized));
            Assert.That(oldLogin.StatusCode, Is.EqualTo(HttpStatusCode.Unauthorized));
            Assert.That(newLogin.StatusCode, Is.EqualTo(HttpStatusCode.OK));
        }
    }

    [Test]
    public async Task ChangePassword_WithWrongCurrentPassword_Returns403AndChangesNothing()
    {
        var account = await Client.RegisterAndLoginAsync();

        using var response = await ChangeAsync(account.Token, "not my password", NewPassword);

        await response.ShouldBeProblemAsync(403, "wrong password");
        using var login = await Client.LoginAsync(account.Username, account.Password);
        Assert.That(login.StatusCode, Is.EqualTo(HttpStatusCode.OK));
    }

    [TestCase("password123", "this password is too common, choose another")]
    [TestCase("qwertyuiop", "this password is too common, choose another")]
    [TestCase("short", "password must be at least 8 characters")]
    public async Task ChangePassword_ToRefusedPassword_Returns400SayingWhy(string refused, string error)
    {
        var account = await Client.RegisterAndLoginAsync();

        using var response = await ChangeAsync(account.Token, account.Password, refused);

        await response.ShouldBeProblemAsync(400, error);
    }

    [Test]
    public async Task ChangePassword_ToOneContainingTheUsername_Returns400()
    {
        var account = await Client.RegisterAndLoginAsync();

        using var response = await ChangeAsync(account.Token, account.Password, $"my {account.Username.ToUpperInvariant()} pass");

        await response.ShouldBeProblemAsync(400, "the password must not contain the username");
    }

    [Test]
    public async Task ChangePassword_WithoutToken_Returns401()
    {
        using var response = await Client.PostJsonAsync(Routes.ChangePassword, new { current_password = "x", new_password = NewPassword });

        await response.ShouldBeProblemAsync(401);
    }

    private Task<HttpResponseMessage> ChangeAsync(string token, string current, string next) =>
        Client.SendWithTokenAsync(HttpMethod.Post, Routes.ChangePassword, $"Bearer {token}", new { current_password = current, new_password = next });
}
