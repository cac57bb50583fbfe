using System.Net;
using Mirage.Tests.Api.Support;

namespace Mirage.Tests.Api.Security;

/// <summary>With per-address limits off (as for load tests), many logins from one address all get answers.</summary>
public sealed class RateLimitsDisabledEndpointTests : ProviderIndependentApiTest
{
    protected override MirageApiFactory CreateFactory() => new(Provider, settings: new Dictionary<string, string>
    {
        ["RateLimiting:Enabled"] = "false",
        ["RateLimiting:Login:PermitLimit"] = "1",
    });

    [Test]
    public async Task Login_ManyTimesWithLimitsOff_IsNeverThrottled()
    {
        for (var i = 0; i < 5; i++)
        {
            using var response = await Client.LoginAsync(Names.Unique("nobody"));
            Assert.That(response.StatusCode, Is.EqualTo(HttpStatusCode.NotFound));
        }
    }
}
