using System.Net;
using Mirage.Tests.Api.Support;

namespace Mirage.Tests.Api.Security;

/// <summary>With the default settings, the first web client's pages on any other origin can call every route.</summary>
public sealed class CorsEndpointTests : ProviderIndependentApiTest
{
    private const string WebClient = "http://localhost:8000";

    [Test]
    public async Task Preflight_ForLogin_IsAllowedAndCachedWithoutCredentials()
    {
        using var response = await Client.SendAsync(Cors.Preflight(Routes.Login, WebClient, "POST", "content-type"));

        using (Assert.EnterMultipleScope())
        {
            Assert.That(response.StatusCode, Is.EqualTo(HttpStatusCode.NoContent));
            Assert.That(response.Header("Access-Control-Allow-Origin"), Is.EqualTo("*"));
            Assert.That(response.Header("Access-Control-Allow-Methods"), Is.EqualTo("GET,POST,PATCH,DELETE"));
            Assert.That(response.Header("Access-Control-Allow-Headers"), Is.EqualTo("Authorization,Content-Type"));
            Assert.That(response.Header("Access-Control-Max-Age"), Is.EqualTo("600"));
            Assert.That(response.Headers.Contains("Access-Control-Allow-Credentials"), Is.False);
        }
    }

    [Test]
    public async Task Preflight_WithTheRawTokenHeader_AllowsAuthorization()
    {
        using var response = await Client.SendAsync(Cors.Preflight(Routes.Me, WebClient, "PATCH", "authorization,content-type"));

        Assert.That(response.StatusCode, Is.EqualTo(HttpStatusCode.NoContent));
        Assert.That(response.Header("Access-Control-Allow-Headers"), Does.Contain("Authorization"));
    }

    [Test]
    public async Task Preflight_ForAHeaderMirageDoesNotUse_AllowsOnlyItsOwn()
    {
        using var response = await Client.SendAsync(Cors.Preflight(Routes.Login, WebClient, "POST", "x-custom"));

        Assert.That(response.Header("Access-Control-Allow-Headers"), Is.EqualTo("Authorization,Content-Type"));
    }

    [Test]
    public async Task Get_FromAnotherOrigin_CarriesTheOriginHeaderAndExposesRetryAfter()
    {
        using var response = await Client.SendAsync(Cors.From(HttpMethod.Get, Routes.Ping, WebClient));

        using (Assert.EnterMultipleScope())
        {
            Assert.That(response.StatusCode, Is.EqualTo(HttpStatusCode.OK));
            Assert.That(response.Header("Access-Control-Allow-Origin"), Is.EqualTo("*"));
            Assert.That(response.Header("Access-Control-Expose-Headers"), Is.EqualTo("Retry-After"));
        }
    }

    [Test]
    public async Task ErrorAnswer_FromAnotherOrigin_CarriesTheOriginHeaderSoThePageCanShowTheError()
    {
        using var unauthorized = await Client.SendAsync(Cors.From(HttpMethod.Get, Routes.Me, WebClient));
        using var notFound = await Client.SendAsync(Cors.From(HttpMethod.Get, Routes.User(Names.Unique("ghost")), WebClient));

        using (Assert.EnterMultipleScope())
        {
            Assert.That(unauthorized.StatusCode, Is.EqualTo(HttpStatusCode.Unauthorized));
            Assert.That(unauthorized.Header("Access-Control-Allow-Origin"), Is.EqualTo("*"));
            Assert.That(notFound.StatusCode, Is.EqualTo(HttpStatusCode.NotFound));
            Assert.That(notFound.Header("Access-Control-Allow-Origin"), Is.EqualTo("*"));
        }
    }
}
