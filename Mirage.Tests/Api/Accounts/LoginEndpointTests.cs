using System.Net;
using System.Text.RegularExpressions;
using Mirage.Infrastructure;
using Mirage.Tests.Api.Support;

namespace Mirage.Tests.Api.Accounts;

public sealed partial class LoginEndpointTests(DatabaseProvider provider) : ApiTest(provider)
{
    [Test]
    public async Task Login_WithNameInOtherCase_Returns200TokenAndNameAsRegistered()
    {
        var username = Names.Unique("Carol");
        using var registered = await Client.RegisterAsync(username);

        using var response = await Client.LoginAsync(username.ToLowerInvariant());

        var body = await response.ReadJsonAsync();
        Assert.That(response.StatusCode, Is.EqualTo(HttpStatusCode.OK));
        using (Assert.EnterMultipleScope())
        {
            Assert.That(body["username"]!.GetValue<string>(), Is.EqualTo(username));
            Assert.That(body["token"]!.GetValue<string>(), Does.Match(Base64UrlOf256Bits()));
            Assert.That(response.Headers.CacheControl?.NoStore, Is.True);
        }
    }

    [TestCase("username")]
    [TestCase("password")]
    public async Task Login_WithFieldMissing_Returns400NothingFilled(string missing)
    {
        var fields = new Dictionary<string, string> { ["username"] = "someone", ["password"] = "correct horse battery" };
        fields.Remove(missing);

        using var response = await Client.PostJsonAsync(Routes.Login, fields);

        await response.ShouldBeProblemAsync(400, "I can't see a single field you filled");
    }

    [TestCase("   ", "correct horse battery")]
    [TestCase("someone", "")]
    public async Task Login_WithFieldBlank_Returns400NothingFilled(string username, string password)
    {
        using var response = await Client.LoginAsync(username, password);

        await response.ShouldBeProblemAsync(400, "I can't see a single field you filled");
    }

    [Test]
    public async Task Login_WithUnknownUser_Returns404UserNotFound()
    {
        using var response = await Client.LoginAsync(Names.Unique("nobody"));

        await response.ShouldBeProblemAsync(404, "user not found");
    }

    [Test]
    public async Task Login_WithWrongPassword_Returns401WrongPassword()
    {
        var username = Names.Unique();
        using var registered = await Client.RegisterAsync(username);

        using var response = await Client.LoginAsync(username, "not the password");

        await response.ShouldBeProblemAsync(401, "wrong password");
        Assert.That(response.Headers.WwwAuthenticate, Is.Not.Empty);
    }

    [Test]
    public async Task Login_OnTwoDevices_BothSessionsWorkAndLogoutOfOneKeepsTheOther()
    {
        var account = await Client.RegisterAndLoginAsync();
        var laptop = account.Token;
        var phone = await Client.LoginForTokenAsync(account.Username);

        using var laptopMe = await Client.GetWithTokenAsync(Routes.Me, laptop);
        using var phoneMe = await Client.GetWithTokenAsync(Routes.Me, phone);
        using var logoutPhone = await Client.PostJsonAsync(Routes.Logout, new { token = phone });
        using var laptopAfter = await Client.GetWithTokenAsync(Routes.Me, laptop);
        using var phoneAfter = await Client.GetWithTokenAsync(Routes.Me, phone);

        using (Assert.EnterMultipleScope())
        {
            Assert.That(phone, Is.Not.EqualTo(laptop));
            Assert.That(laptopMe.StatusCode, Is.EqualTo(HttpStatusCode.OK));
            Assert.That(phoneMe.StatusCode, Is.EqualTo(HttpStatusCode.OK));
            Assert.That(logoutPhone.StatusCode, Is.EqualTo(HttpStatusCode.OK));
            Assert.That(laptopAfter.StatusCode, Is.EqualTo(HttpStatusCode.OK));
            Assert.That(phoneAfter.StatusCode, Is.EqualTo(HttpStatusCode.Unauthorized));
        }
    }

    [GeneratedRegex("^[A-Za-z0-9_-]{43}$")]
    private static partial Regex Base64UrlOf256Bits();
}
