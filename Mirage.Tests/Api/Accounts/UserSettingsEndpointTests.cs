using System.Net;
using System.Text.Json.Nodes;
using Mirage.Infrastructure;
using Mirage.Tests.Api.Support;

namespace Mirage.Tests.Api.Accounts;

/// <summary>POST /api/user/settings, the first web client's settings page.</summary>
public sealed class UserSettingsEndpointTests(DatabaseProvider provider) : ApiTest(provider)
{
    [Test]
    public async Task Settings_WithEveryProfileField_StoresThemAndAnswersAsTheFirstBackendDid()
    {
        var account = await Client.RegisterAndLoginAsync();

        using var response = await Client.PostAsAsync(account, Routes.UserSettings, new
        {
            avatar_url = "https://img.example.com/a.png",
            description = "new words",
            custom_css = "body { filter: sepia(0.6) }",
            background_image = "https://img.example.com/bg.png",
        });

        var body = await response.ReadJsonAsync();
        var profile = await (await Client.GetAsync(Routes.User(account.Username))).ReadJsonAsync();
        using (Assert.EnterMultipleScope())
        {
            Assert.That(response.StatusCode, Is.EqualTo(HttpStatusCode.OK), body.ToJsonString());
            Assert.That(body["message"]!.GetValue<string>(), Is.EqualTo("settings updated successfully"));
            Assert.That(body["email"]!.GetValue<string>(), Is.EqualTo(account.Email));
            Assert.That(body["removed"]!.AsArray(), Is.Empty);
            Assert.That(profile["avatar_url"]!.GetValue<string>(), Is.EqualTo("https://img.example.com/a.png"));
            Assert.That(profile["description"]!.GetValue<string>(), Is.EqualTo("new words"));
            Assert.That(profile["custom_css"]!.GetValue<string>(), Is.EqualTo("body { filter: sepia(0.6) }"));
            Assert.That(profile["custom_css_scoped"]!.GetValue<string>(), Is.EqualTo(".mirage-profile { filter: sepia(0.6) }"));
            Assert.That(profile["background_image"]!.GetValue<string>(), Is.EqualTo("https://img.example.com/bg.png"));
        }
    }

    [Test]
    public async Task Settings_AsTheFormSendsThem_IgnoresBlankEmailAvatarAndPasswordAndClearsTheRest()
    {
        var account = await Client.RegisterAndLoginAsync();
        using var first = await Client.PostAsAsync(account, Routes.UserSettings, new
        {
            avatar_url = "https://img.example.com/a.png", description = "words", custom_css = "p { color: red }", background_image = "https://img.example.com/bg.png",
        });

        using var response = await Client.PostAsAsync(account, Routes.UserSettings, new
        {
            email = "", avatar_url = "", password = "", description = "", custom_css = "", background_image = "",
        });

        var profile = await (await Client.GetAsync(Routes.User(account.Username))).ReadJsonAsync();
        using (Assert.EnterMultipleScope())
        {
            Assert.That(response.StatusCode, Is.EqualTo(HttpStatusCode.OK));
            Assert.That(profile["avatar_url"]!.GetValue<string>(), Is.EqualTo("https://img.example.com/a.png"));
            Assert.That(profile["description"]!.GetValue<string>(), Is.Empty);
            Assert.That(profile["custom_css"], Is.Null);
            Assert.That(profile["custom_css_scoped"], Is.Null);
            Assert.That(profile["background_image"], Is.Null);
        }

        using var login = await Client.LoginAsync(account.Username, account.Password);
        Assert.That(login.StatusCode, Is.EqualTo(HttpStatusCode.OK), "a blank password must not change it");
    }

    [Test]
    public async Task Settings_WithNoField_Returns400NoFieldsToUpdate()
    {
        var account = await Client.RegisterAndLoginAsync();

        using var empty = await Client.PostAsAsync(account, Routes.UserSettings, new { });
        using var nulls = await Client.PostAsAsync(account, Routes.UserSettings, new JsonObject { ["description"] = null, ["email"] = "" });

        await empty.ShouldBeProblemAsync(400, "no fields to update");
        await nulls.ShouldBeProblemAsync(400, "no fields to update");
    }

    [Test]
    public async Task Settings_WithANewEmail_ChangesItIgnoringCaseForUniqueness()
    {
        var account = await Client.RegisterAndLoginAsync();
        var email = $"{Names.Unique("new")}@example.com";

        using var response = await Client.PostAsAsync(account, Routes.UserSettings, new { email = $"  {email}  " });

        var me = await (await Client.GetWithTokenAsync(Routes.Me, account.Token)).ReadJsonAsync();
        Assert.That(response.StatusCode, Is.EqualTo(HttpStatusCode.OK));
        Assert.That(me["email"]!.GetValue<string>(), Is.EqualTo(email));
        using var taken = await Client.RegisterAsync(Names.Unique("other"), email.ToUpperInvariant());
        Assert.That(taken.StatusCode, Is.EqualTo(HttpStatusCode.Conflict));
    }

    [Test]
    public async Task Settings_WithSomeoneElsesEmail_Returns409AndChangesNothing()
    {
        var account = await Client.RegisterAndLoginAsync();
        var other = await Client.RegisterAndLoginAsync();

        using var response = await Client.PostAsAsync(account, Routes.UserSettings, new { email = other.Email.ToUpperInvariant(), description = "should not stick" });

        await response.ShouldBeProblemAsync(409, "email already taken");
        var me = await (await Client.GetWithTokenAsync(Routes.Me, account.Token)).ReadJsonAsync();
        Assert.That(me["email"]!.GetValue<string>(), Is.EqualTo(account.Email));
        Assert.That(me["description"]?.GetValue<string>(), Is.Not.EqualTo("should not stick"));
    }

    [Test]
    public async Task Settings_TwoPeopleTakingOneEmailAtOnce_ExactlyOneGetsIt()
    {
        var email = $"{Names.Unique("race")}@example.com";
        var people = new List<TestAccount>();
        for (var i = 0; i < 6; i++)
        {
            people.Add(await Client.RegisterAndLoginAsync());
        }

        var responses = await Task.WhenAll(people.Select(p => Client.PostAsAsync(p, Routes.UserSettings, new { email })));

        var codes = responses.Select(r => r.StatusCode).ToList();
        Assert.That(codes.Count(c => c == HttpStatusCode.OK), Is.EqualTo(1), string.Join(", ", codes));
        Assert.That(codes.Count(c => c == HttpStatusCode.Conflict), Is.EqualTo(5), string.Join(", ", codes));
        foreach (var response in responses)
        {
            response.Dispose();
        }
    }

    [Test]
    public async Task Settings_WithANewPasswordFromAFreshSession_ChangesItAndEndsTheOtherSessions()
    {
        var account = await Client.RegisterAndLoginAsync();
        var laptop = await Client.LoginForTokenAsync(account.Username, account.Password);
        const string newPassword = "a much better passphrase";

        using var response = await Client.PostAsAsync(account, Routes.UserSettings, new { password = newPassword });

        using var laptopMe = await Client.GetWithTokenAsync(Routes.Me, laptop);
        using var thisMe = await Client.GetWithTokenAsync(Routes.Me, account.Token);
        using var oldLogin = await Client.LoginAsync(account.Username, account.Password);
        using var newLogin = await Client.LoginAsync(account.Username, newPassword);
        using (Assert.EnterMultipleScope())
        {
            Assert.That(response.StatusCode, Is.EqualTo(HttpStatusCode.OK));
            Assert.That(laptopMe.StatusCode, Is.EqualTo(HttpStatusCode.Unauthorized));
            Assert.That(thisMe.StatusCode, Is.EqualTo(HttpStatusCode.OK));
            Assert.That(oldLogin.StatusCode, Is.EqualTo(HttpStatusCode.Unauthorized));
            Assert.That(newLogin.StatusCode, Is.EqualTo(HttpStatusCode.OK));
        }
    }

    [TestCase("short", "password must be at least 8 characters")]
    [TestCase("password123", "this password is too common, choose another")]
    public async Task Settings_WithAWeakPassword_Returns400AndKeepsTheOldOne(string password, string error)
    {
        var account = await Client.RegisterAndLoginAsync();

        using var response = await Client.PostAsAsync(account, Routes.UserSettings, new { password });

        await response.ShouldBeProblemAsync(400, error);
        using var login = await Client.LoginAsync(account.Username, account.Password);
        Assert.That(login.StatusCode, Is.EqualTo(HttpStatusCode.OK));
    }

    [TestCase("""{"email":"not an address"}""", "email is not a valid address")]
    [TestCase("""{"avatar_url":"javascript:alert(1)"}""", "avatar_url must be an absolute http or https URL of at most 2048 characters")]
    [TestCase("""{"background_image":"ftp://x.example/a.png"}""", "background_image must be an absolute http or https URL of at most 2048 characters")]
    [TestCase("""{"email":42}""", null)]
    [TestCase("""[1,2]""", null)]
    public async Task Settings_WithBadInput_Returns400(string json, string? error)
    {
        var account = await Client.RegisterAndLoginAsync();
        using var request = new HttpRequestMessage(HttpMethod.Post, Routes.UserSettings)
        {
            Content = new StringContent(json, System.Text.Encoding.UTF8, "application/json"),
        };
        request.Headers.TryAddWithoutValidation("Authorization", account.Token);

        using var response = await Client.SendAsync(request);

        await response.ShouldBeProblemAsync(400, error);
    }

    [Test]
    public async Task Settings_WithoutAToken_Returns401()
    {
        using var response = await Client.PostJsonAsync(Routes.UserSettings, new { description = "x" });

        await response.ShouldBeProblemAsync(401);
    }
}
