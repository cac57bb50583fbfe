using System.Net;
using System.Text;
using Mirage.Tests.Api.Support;

namespace Mirage.Tests.Api.Http;

/// <summary>Hostile and broken requests: each gets a clear 4xx ProblemDetails with an error string, never a 5xx.</summary>
public sealed class BadInputEndpointTests : ProviderIndependentApiTest
{
    private const string MalformedBody = "the request body is not valid JSON, or is not a JSON object";

    [TestCase("{\"username\": \"ann\", ")]
    [TestCase("{username: 'ann'}")]
    [TestCase("[]")]
    [TestCase("[{\"username\": \"ann\"}]")]
    [TestCase("42")]
    [TestCase("\"just a string\"")]
    public async Task Register_WithMalformedOrNonObjectJson_Returns400(string body)
    {
        using var response = await Client.PostRawAsync(Routes.Register, body);

        var problem = await response.ShouldBeProblemAsync(400);
        Assert.That(problem["errors"], Is.Not.Null);
    }

    [Test]
    public async Task Register_WithArrayBody_SaysTheBodyIsNotAnObject()
    {
        using var response = await Client.PostRawAsync(Routes.Register, "[1, 2]");

        await response.ShouldBeProblemAsync(400, MalformedBody);
    }

    [TestCase("null")]
    [TestCase("")]
    public async Task Register_WithNullOrEmptyBody_Returns400NothingFilled(string body)
    {
        using var response = await Client.PostRawAsync(Routes.Register, body);

        await response.ShouldBeProblemAsync(400, "I can't see a single field you filled");
    }

    [TestCase("username", "42")]
    [TestCase("email", "true")]
    [TestCase("password", "[\"a\"]")]
    [TestCase("avatar_url", "{}")]
    [TestCase("description", "1.5")]
    public async Task Register_WithWrongJsonTypeForField_Returns400NamingTheField(string field, string json)
    {
        var fields = new Dictionary<string, string>
        {
            ["username"] = "\"ann_types\"",
            ["email"] = "\"ann@example.com\"",
            ["password"] = "\"correct horse battery\"",
            [field] = json,
        };
        var body = "{" + string.Join(",", fields.Select(f => $"\"{f.Key}\":{f.Value}")) + "}";

        using var response = await Client.PostRawAsync(Routes.Register, body);

        var problem = await response.ShouldBeProblemAsync(400, $"'{field}' is malformed or has the wrong type");
        Assert.That(problem["errors"]![field], Is.Not.Null);
    }

    [TestCase("username", "42")]
    [TestCase("password", "false")]
    public async Task Login_WithWrongJsonTypeForField_Returns400(string field, string json)
    {
        var body = field == "username" ? $"{{\"username\":{json},\"password\":\"x\"}}" : $"{{\"username\":\"x\",\"password\":{json}}}";

        using var response = await Client.PostRawAsync(Routes.Login, body);

        await response.ShouldBeProblemAsync(400, $"'{field}' is malformed or has the wrong type");
    }

    [Test]
    public async Task Login_WithDuplicateJsonKey_Returns400()
    {
        using var response = await Client.PostRawAsync(Routes.Login, "{\"username\":\"ann\",\"username\":\"bob\",\"password\":\"x\"}");

        await response.ShouldBeProblemAsync(400);
    }

    [Test]
    public async Task Register_WithFiveMegabyteBody_Returns413()
    {
        var body = $"{{\"username\":\"big\",\"email\":\"big@example.com\",\"password\":\"{new string('p', 5 * 1024 * 1024)}\"}}";

        using var response = await Client.PostRawAsync(Routes.Register, body);

        await response.ShouldBeProblemAsync(413, "request body too large");
    }

    [Test]
    public async Task Register_WithJsonNested20000Deep_Returns400()
    {
        var body = "{\"username\":" + new string('[', 20_000) + new string(']', 20_000) + "}";

        using var response = await Client.PostRawAsync(Routes.Register, body);

        await response.ShouldBeProblemAsync(400);
    }

    [TestCase("ann\u0007bell")]
    [TestCase("ann\nbob")]
    [TestCase("ann\u202Egnp")]
    public async Task Register_WithControlCharactersInUsername_Returns400(string username)
    {
        using var response = await Client.RegisterAsync(username, email: "ctrl@example.com");

        await response.ShouldBeProblemAsync(400, "username must be 3 to 32 characters: ASCII letters, digits, '_', '.' or '-'");
    }

    [TestCase("' OR '1'='1")]
    [TestCase("admin'; DROP TABLE users; --")]
    public async Task Login_WithInjectionString_Returns404AndLeavesUsersIntact(string username)
    {
        var account = await Client.RegisterAndLoginAsync();

        using var response = await Client.LoginAsync(username, "' OR '1'='1");

        await response.ShouldBeProblemAsync(404, "user not found");
        Assert.That((await Client.GetAsync(Routes.User(account.Username))).StatusCode, Is.EqualTo(HttpStatusCode.OK));
    }

    [Test]
    public async Task UnknownRoute_Returns404Problem()
    {
        using var response = await Client.GetAsync("/api/no_such_thing");

        await response.ShouldBeProblemAsync(404, "not found");
    }

    [Test]
    public async Task WrongMethod_Returns405Problem()
    {
        using var response = await Client.GetAsync(Routes.Register);

        await response.ShouldBeProblemAsync(405, "method not allowed");
    }

    [Test]
    public async Task WrongContentType_Returns415Problem()
    {
        using var response = await Client.PostAsync(Routes.Login, new StringContent("username=ann&password=x", Encoding.UTF8, "application/x-www-form-urlencoded"));

        await response.ShouldBeProblemAsync(415, "unsupported content type, send application/json");
    }
}
