using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Diagnostics.HealthChecks;
using Mirage.Tests.Api.Support;

namespace Mirage.Tests.Api.Status;

public sealed class UnhealthyEndpointTests : ProviderIndependentApiTest
{
    protected override MirageApiFactory CreateFactory() =>
        new(Provider, services => services.AddHealthChecks().AddCheck("disk", () => HealthCheckResult.Unhealthy("disk is full at /secret/path")));

    [Test]
    public async Task Health_WhenACheckFails_Returns503ProblemNamingItWithoutDetail()
    {
        using var response = await Client.GetAsync(Routes.Health);

        await response.ShouldBeProblemAsync(503, "unhealthy: disk");
        Assert.That(await response.Content.ReadAsStringAsync(), Does.Not.Contain("/secret/path"));
    }
}
