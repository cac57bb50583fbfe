using System.Net;
using Mirage.Tests.Api.Support;

namespace Mirage.Tests.Api.Security;

/// <summary>With <c>Cors:AllowedOrigins</c> set, only those origins get CORS headers.</summary>
public sealed class CorsAllowedOriginsEndpointTests : ProviderIndependentApiTest
{
    private const string Allowed = "https://mirage.example";
    private const string Other = "https://evil.example";

    protected override MirageApiFactory CreateFactory() => new(Provider, settings: new Dictionary<string, string>
    {
        ["Cors:AllowedOrigins:0"] = Allowed,
        ["Cors:AllowedOrigins:1"] = "http://localhost:8000",
    });

    [Test]
    public async Task Preflight_FromAnAllowedOrigin_NamesThatOrigin()
    {
        using var response = await Client.SendAsync(Cors.Preflight(Routes.Login, Allowed, "POST", "content-type"));

        Assert.That(response.StatusCode, Is.EqualTo(HttpStatusCode.NoContent));
        Assert.That(response.Header("Access-Control-Allow-Origin"), Is.EqualTo(Allowed));
        Assert.That(response.Headers.Contains("Access-Control-Allow-Credentials"), Is.False);
    }

    [Test]
    public async Task Preflight_FromAnotherOrigin_GetsNoCorsHeaders()
    {
        using var response = await Client.SendAsync(Cors.Preflight(Routes.Login, Other, "POST", "content-type"));

        Assert.That(response.Headers.Select(h => h.Key), Has.None.StartsWith("Access-Control-"));
    }

    [Test]
    public async Task Get_FromAnotherOrigin_GetsNoCorsHeaders()
    {
        using var response = await Client.SendAsync(Cors.From(HttpMethod.Get, Routes.Ping, Other));

        Assert.That(response.StatusCode, Is.EqualTo(HttpStatusCode.OK));
        Assert.That(response.Headers.Select(h => h.Key), Has.None.StartsWith("Access-Control-"));
    }
}
