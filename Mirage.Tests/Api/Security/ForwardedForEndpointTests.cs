using System.Net;
using System.Net.Http.Json;
using Mirage.Tests.Api.Support;

namespace Mirage.Tests.Api.Security;

/// <summary>With no trusted proxy configured, a client cannot escape the per-address limit by naming another address.</summary>
public sealed class ForwardedForEndpointTests : ProviderIndependentApiTest
{
    protected override MirageApiFactory CreateFactory() => new(Provider, settings: new Dictionary<string, string>
    {
        ["RateLimiting:Enabled"] = "true",
        ["RateLimiting:Login:PermitLimit"] = "3",
        ["RateLimiting:Login:Window"] = "00:10:00",
    });

    [Test]
    public async Task Login_WithForgedForwardedFor_StillCountsAgainstTheRealAddress()
    {
        var codes = new List<HttpStatusCode>();
        for (var i = 0; i < 4; i++)
        {
            using var request = new HttpRequestMessage(HttpMethod.Post, Routes.Login)
            {
                Content = JsonContent.Create(new { username = Names.Unique("nobody"), password = "correct horse" }),
            };
            request.Headers.Add("X-Forwarded-For", $"203.0.113.{i}");
            using var response = await Client.SendAsync(request);
            codes.Add(response.StatusCode);
        }

        Assert.That(codes, Is.EqualTo(new[] { HttpStatusCode.NotFound, HttpStatusCode.NotFound, HttpStatusCode.NotFound, HttpStatusCode.TooManyRequests }));
    }
}
