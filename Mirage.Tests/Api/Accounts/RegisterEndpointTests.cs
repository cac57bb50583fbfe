using System.Net;
using System.Text.Json.Nodes;
using Mirage.Infrastructure;
using Mirage.Tests.Api.Support;

namespace Mirage.Tests.Api.Accounts;

public sealed class RegisterEndpointTests(DatabaseProvider provider) : ApiTest(provider)
{
    private const string NothingFilled = "I can't see a single field you filled";

    [Test]
    public async Task Register_WithValidFields_Returns201WelcomeAndProfileWithZeroStats()
    {
        var username = Names.Unique("Ann");

        using var response = await Client.PostJsonAsync(Routes.Register, new
        {
            username,
            email = $"{username}@example.com",
            password = "correct horse battery",
            avatar_url = "https://img.example.com/ann.png",
            description = "I like trains",
        });

        var body = await response.ReadJsonAsync();
        Assert.That(response.StatusCode, Is.EqualTo(HttpStatusCode.Created));
        Assert.That(body.ToJsonString(), Is.EqualTo(new JsonObject { ["message"] = "Welcome to MIRAGE", ["username"] = username }.ToJsonString()));
        var profile = await (await Client.GetAsync(Routes.User(username))).ReadJsonAsync();
        using (Assert.EnterMultipleScope())
        {
            Assert.That(profile["avatar_url"]!.GetValue<string>(), Is.EqualTo("https://img.example.com/ann.png"));
            Assert.That(profile["description"]!.GetValue<string>(), Is.EqualTo("I like trains"));
            Assert.That(profile["stats"]!.ToJsonString(), Is.EqualTo("""{"followers":0,"following":0,"posts":0,"upvotes":0,"downvotes":0}"""));
        }
    }

    [Test]
    public async Task Register_ThenLogin_SucceedsImmediately()
    {
        var username = Names.Unique();
        using var registered = await Client.RegisterAsync(username);

        using var login = await Client.LoginAsync(username);

        Assert.That(login.StatusCode, Is.EqualTo(HttpStatusCode.OK));
    }

    [TestCase("username")]
    [TestCase("email")]
    [TestCase("password")]
    public async Task Register_WithFieldMissing_Returns400NothingFilled(string missing)
    {
        var fields = ValidFields();
        fields.Remove(missing);

        using var response = await Client.PostJsonAsync(Routes.Register, fields);

        var problem = await response.ShouldBeProblemAsync(400, NothingFilled);
        Assert.That(problem["errors"]![missing], Is.Not.Null);
    }

    // One case per way of leaving a field empty (JSON null, blanks); every field and blank is the validator tests' work.
    [TestCase("username", null)]
    [TestCase("email", "   ")]
    public async Task Register_WithFieldNullOrBlank_Returns400NothingFilled(string field, string? value)
    {
        var fields = ValidFields();
        fields[field] = value;

        using var response = await Client.PostJsonAsync(Routes.Register, fields);

        await response.ShouldBeProblemAsync(400, NothingFilled);
    }

    [Test]
    public async Task Register_WithPaddedUsernameAndEmail_StoresThemTrimmed()
    {
        var username = Names.Unique();

        using var response = await Client.PostJsonAsync(Routes.Register, new { username = $"  {username} ", email = $" {username}@example.com  ", password = "correct horse battery" });

        Assert.That((await response.ReadJsonAsync())["username"]!.GetValue<string>(), Is.EqualTo(username));
        Assert.That((await Client.GetAsync(Routes.User(username))).StatusCode, Is.EqualTo(HttpStatusCode.OK));
    }

    [Test]
    public async Task Register_WithDescriptionOverBothWordAndCharacterLimits_Returns400TalkingTooMuch()
    {
        var fields = ValidFields();
        fields["description"] = string.Join(' ', Enumerable.Repeat("lorem", 2_100));

        using var response = await Client.PostJsonAsync(Routes.Register, fields);

        await response.ShouldBeProblemAsync(400, "You are talking too much in the description");
    }

    [Test]
    public async Task Register_WithDescriptionOver10000Characters_Returns400()
    {
        var fields = ValidFields();
        fields["description"] = new string('x', 10_001);

        using var response = await Client.PostJsonAsync(Routes.Register, fields);

        await response.ShouldBeProblemAsync(400, "description cannot exceed 10000 characters");
    }

    // One case per message; the edge cases of each rule are in RegisterRequestValidator*Tests.
    [TestCase("email", "not-an-email", "email is not a valid address")]
    [TestCase("username", "ab", "username must be 3 to 32 characters: ASCII letters, digits, '_', '.' or '-'")]
    [TestCase("password", "1234567", "password must be at least 8 characters")]
    [TestCase("avatar_url", "javascript:alert(1)", "avatar_url must be an absolute http or https URL of at most 2048 characters")]
    public async Task Register_WithMalformedField_Returns400SayingWhy(string field, string value, string error)
    {
        var fields = ValidFields();
        fields[field] = value;

        using var response = await Client.PostJsonAsync(Routes.Register, fields);

        var problem = await response.ShouldBeProblemAsync(400, error);
        Assert.That(problem["errors"]![field]![0]!.GetValue<string>(), Is.EqualTo(error));
    }

    [Test]
    public async Task Register_WithPasswordOf129Characters_Returns400()
    {
        var fields = ValidFields();
        fields["password"] = new string('p', 129);

        using var response = await Client.PostJsonAsync(Routes.Register, fields);

        await response.ShouldBeProblemAsync(400, "password must be at most 128 characters");
    }

    private static Dictionary<string, object?> ValidFields()
    {
        var username = Names.Unique();
        return new() { ["username"] = username, ["email"] = $"{username}@example.com", ["password"] = "correct horse battery" };
    }
}
