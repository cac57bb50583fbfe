using System.Net.Http.Headers;
using System.Net.Http.Json;
using System.Text.Json.Nodes;
using Mirage.Tests.Api.Support;

namespace Mirage.Tests.Api.Http;

/// <summary>Whoever refuses a request (routing, middleware, authentication, validation, a domain outcome), the body has one shape.</summary>
public sealed class ProblemShapeEndpointTests : ProviderIndependentApiTest
{
    private static readonly string[] Fields = ["type", "title", "status", "detail", "trace_id", "error"];

    [Test]
    public async Task UnknownRoute_HasTheCommonShape() =>
        AssertCommonShape(await ProblemOfAsync(Client.GetAsync("/api/nowhere"), 404));

    [Test]
    public async Task OversizedBody_HasTheCommonShape() =>
        AssertCommonShape(await ProblemOfAsync(Client.PostRawAsync(Routes.Login, new string('x', 70_000)), 413));

    [Test]
    public async Task NulInTheQuery_HasTheCommonShape() =>
        AssertCommonShape(await ProblemOfAsync(Client.GetAsync("/api/usercount?x%00=1"), 400));

    [Test]
    public async Task MissingToken_HasTheCommonShape() =>
        AssertCommonShape(await ProblemOfAsync(Client.GetAsync(Routes.Me), 401));

    [Test]
    public async Task DomainOutcome_HasTheCommonShape() =>
        AssertCommonShape(await ProblemOfAsync(Client.LoginAsync(Names.Unique("nobody")), 404));

    [Test]
    public async Task ValidationFailure_HasTheCommonShapeAndFieldErrors()
    {
        var problem = await ProblemOfAsync(Client.PostJsonAsync(Routes.Login, new { username = "ann" }), 400);

        AssertCommonShape(problem);
        Assert.That(problem["errors"]!["password"], Is.Not.Null, problem.ToJsonString());
    }

    [TestCase("text/html")]
    [TestCase("application/xml")]
    public async Task DomainOutcome_WithNonJsonAccept_StillReturnsJsonProblem(string accept)
    {
        using var request = new HttpRequestMessage(HttpMethod.Post, Routes.Login)
        {
            Content = JsonContent.Create(new { username = Names.Unique("nobody"), password = ApiClientExtensions.DefaultPassword }),
        };
        request.Headers.Accept.Add(new MediaTypeWithQualityHeaderValue(accept));

        using var response = await Client.SendAsync(request);

        AssertCommonShape(await response.ShouldBeProblemAsync(404, "user not found"));
    }

    [Test]
    public async Task DomainUnauthorized_NamesTheSchemeLikeTheAuthenticationHandler()
    {
        var account = await Client.RegisterAndLoginAsync();

        using var response = await Client.LoginAsync(account.Username, "wrong but well formed");

        await response.ShouldBeProblemAsync(401, "wrong password");
        Assert.That(response.Headers.WwwAuthenticate.ToString(), Is.EqualTo("Bearer"));
    }

    [Test]
    public async Task ControllerProblem_IsWrittenAsEveryControllerResponse_Utf8AndUnescaped()
    {
        using var response = await Client.PostJsonAsync(Routes.Login, new { username = "ann" });

        Assert.That(response.Content.Headers.ContentType?.ToString(), Is.EqualTo("application/problem+json; charset=utf-8"));
        Assert.That(await response.Content.ReadAsStringAsync(), Does.Contain("\"error\":\"I can't see a single field you filled\""));
    }

    private static async Task<JsonObject> ProblemOfAsync(Task<HttpResponseMessage> sending, int status)
    {
        using var response = await sending;
        return await response.ShouldBeProblemAsync(status);
    }

    private static void AssertCommonShape(JsonObject problem)
    {
        using (Assert.EnterMultipleScope())
        {
            Assert.That(problem.Select(p => p.Key), Is.SupersetOf(Fields), problem.ToJsonString());
            Assert.That(problem["detail"]?.GetValue<string>(), Is.EqualTo(problem["error"]?.GetValue<string>()), problem.ToJsonString());
        }
    }
}
