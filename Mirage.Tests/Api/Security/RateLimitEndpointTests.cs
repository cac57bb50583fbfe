using System.Net;
using Mirage.Tests.Api.Support;

namespace Mirage.Tests.Api.Security;

/// <summary>Per-address limits on sign-in and sign-up, switched on with small numbers.</summary>
public sealed class RateLimitEndpointTests : ProviderIndependentApiTest
{
    protected override MirageApiFactory CreateFactory() => new(Provider, settings: new Dictionary<string, string>
    {
        ["RateLimiting:Enabled"] = "true",
        ["RateLimiting:Login:PermitLimit"] = "3",
        ["RateLimiting:Login:Window"] = "00:10:00",
        ["RateLimiting:Register:PermitLimit"] = "2",
        ["RateLimiting:Register:Window"] = "00:10:00",
    });

    [Test]
    public async Task Login_OverTheAddressLimit_Returns429WithRetryAfter()
    {
        var codes = new List<HttpStatusCode>();
        for (var i = 0; i < 3; i++)
        {
            using var allowed = await Client.LoginAsync(Names.Unique("nobody"));
            codes.Add(allowed.StatusCode);
        }

        using var refused = await Client.LoginAsync(Names.Unique("nobody"));

        Assert.That(codes, Is.All.EqualTo(HttpStatusCode.NotFound));
        await refused.ShouldBeProblemAsync(429, "too many requests, try again later");
        Assert.That(refused.Headers.RetryAfter?.Delta, Is.GreaterThan(TimeSpan.Zero));
    }

    [Test]
    public async Task Register_OverTheAddressLimit_Returns429AndCreatesNoAccount()
    {
        using var first = await Client.RegisterAsync(Names.Unique());
        using var second = await Client.RegisterAsync(Names.Unique());
        var third = Names.Unique();

        using var refused = await Client.RegisterAsync(third);

        await refused.ShouldBeProblemAsync(429);
        Assert.That(refused.Headers.RetryAfter, Is.Not.Null);
        Assert.That((await Client.GetAsync(Routes.User(third))).StatusCode, Is.EqualTo(HttpStatusCode.NotFound));
    }
}
