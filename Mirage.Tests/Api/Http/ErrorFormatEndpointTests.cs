using System.Net.Http.Headers;
using System.Text;
using Mirage.Tests.Api.Support;

namespace Mirage.Tests.Api.Http;

/// <summary>Errors stay JSON ProblemDetails whatever the client accepts or sends.</summary>
public sealed class ErrorFormatEndpointTests : ProviderIndependentApiTest
{
    [TestCase("text/html")]
    [TestCase("application/xml")]
    public async Task UnknownRoute_WithNonJsonAccept_StillReturnsJsonProblem(string accept)
    {
        using var response = await SendAsync(HttpMethod.Get, "/api/nowhere", accept);

        await response.ShouldBeProblemAsync(404, "not found");
    }

    [Test]
    public async Task WrongMethod_WithHtmlAccept_StillReturnsJsonProblem()
    {
        using var response = await SendAsync(HttpMethod.Get, Routes.Login, "text/html");

        await response.ShouldBeProblemAsync(405, "method not allowed");
    }

    [Test]
    public async Task OversizedBody_WithHtmlAccept_Returns413JsonProblem()
    {
        using var response = await SendAsync(HttpMethod.Post, "/api/nowhere", "text/html", new string('x', 70_000));

        await response.ShouldBeProblemAsync(413, "request body too large");
    }

    [Test]
    public async Task Me_WithoutTokenAndHtmlAccept_Returns401JsonProblem()
    {
        using var response = await SendAsync(HttpMethod.Get, Routes.Me, "text/html");

        await response.ShouldBeProblemAsync(401, "authentication required");
    }

    [Test]
    public async Task Login_WithUtf16Charset_Returns415NotA500()
    {
        using var content = new StringContent("{\"username\":\"ann\",\"password\":\"correct horse\"}", Encoding.Unicode, "application/json");

        using var response = await Client.PostAsync(Routes.Login, content);

        await response.ShouldBeProblemAsync(415);
    }

    [Test]
    public async Task Problem_NamesTheTraceIdInSnakeCase()
    {
        using var response = await Client.GetAsync("/api/nowhere");

        var problem = await response.ShouldBeProblemAsync(404);
        Assert.That(problem.Select(p => p.Key), Does.Contain("trace_id").And.Not.Contain("traceId"));
    }

    [Test]
    public async Task OpenApiDocument_NamesFieldsInSnakeCase()
    {
        var document = await Client.GetStringAsync(Routes.OpenApiDocument);

        Assert.That(document, Does.Contain("\"avatar_url\"").And.Contain("\"created_at\"").And.Not.Contain("\"avatarUrl\""));
    }

    private async Task<HttpResponseMessage> SendAsync(HttpMethod method, string path, string accept, string? body = null)
    {
        using var request = new HttpRequestMessage(method, path)
        {
            Content = body is null ? null : new StringContent(body, Encoding.UTF8, "application/json"),
        };
        request.Headers.Accept.Add(new MediaTypeWithQualityHeaderValue(accept));
        return await Client.SendAsync(request);
    }
}
