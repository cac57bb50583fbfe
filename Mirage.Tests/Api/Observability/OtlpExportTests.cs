using System.Diagnostics;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Mirage.Api.Observability;
using OpenTelemetry.Trace;

namespace Mirage.Tests.Api.Observability;

/// <summary>Traces are recorded and exported only when an OTLP endpoint is configured.</summary>
public sealed class OtlpExportTests
{
    [Test]
    public void Services_WithoutAnOtlpEndpoint_RecordNoTrace()
    {
        using var services = Build(new Dictionary<string, string?>());

        using (Assert.EnterMultipleScope())
        {
            Assert.That(services.GetService<TracerProvider>(), Is.Null);
            Assert.That(RequestsAreTraced(), Is.False);
        }
    }

    [Test]
    public void Services_WithAnOtlpEndpoint_TraceRequests()
    {
        using var services = Build(new Dictionary<string, string?> { [OtlpExport.EndpointVariable] = "http://127.0.0.1:4317" });

        var tracing = services.GetService<TracerProvider>();

        using (Assert.EnterMultipleScope())
        {
            Assert.That(tracing, Is.Not.Null);
            Assert.That(RequestsAreTraced(), Is.True, "ASP.NET Core's requests have a listener");
        }
    }

    private static ServiceProvider Build(Dictionary<string, string?> settings)
    {
        var configuration = new ConfigurationBuilder().AddInMemoryCollection(settings).Build();
        var services = new ServiceCollection().AddLogging().AddSingleton<IConfiguration>(configuration);
        services.AddMirageObservability(configuration);
        return services.BuildServiceProvider();
    }

    private static bool RequestsAreTraced()
    {
        using var source = new ActivitySource("Microsoft.AspNetCore");
        return source.HasListeners();
    }
}
