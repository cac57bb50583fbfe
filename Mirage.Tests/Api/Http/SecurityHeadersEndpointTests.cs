using Mirage.Tests.Api.Support;


namespace Mirage.Tests.Api.Http;

public sealed class SecurityHeadersEndpointTests : ProviderIndependentApiTest
{
    [Test]
    public async Task Login_Response_IsNotCachedSniffedOrFramed()
    {
        var account = await Client.RegisterAndLoginAsync();

        using var response = await Client.LoginAsync(account.Username);

        AssertApiHeaders(response);
    }

    [Test]
    public async Task Me_Response_IsNotCachedSniffedOrFramed()
    {
        var account = await Client.RegisterAndLoginAsync();

        using var response = await Client.GetWithTokenAsync(Routes.Me, account.Token);

        AssertApiHeaders(response);
    }

    [Test]
    public async Task ErrorResponse_AlsoCarriesTheHeaders()
    {
        using var response = await Client.GetAsync("/api/nowhere");

        AssertApiHeaders(response);
    }

    [Test]
    public async Task Docs_HaveTheirOwnPolicyThatStillForbidsFraming()
    {
        using var response = await Client.GetAsync(Routes.Docs);

        var policy = string.Join(";", response.Headers.GetValues("Content-Security-Policy"));
        Assert.That(policy, Does.Contain("frame-ancestors 'none'").And.Contain("script-src 'self'"));
        Assert.That(response.Headers.GetValues("X-Content-Type-Options"), Is.EqualTo(new[] { "nosniff" }));
    }

    private static void AssertApiHeaders(HttpResponseMessage response)
    {
        using (Assert.EnterMultipleScope())
        {
            Assert.That(response.Headers.GetValues("X-Content-Type-Options"), Is.EqualTo(new[] { "nosniff" }));
            Assert.That(response.Headers.GetValues("Content-Security-Policy"), Is.EqualTo(new[] { "default-src 'none'; frame-ancestors 'none'" }));
            Assert.That(response.Headers.CacheControl?.NoStore, Is.True);
        }
    }
}
