using Microsoft.Extensions.Options;

namespace Mirage.Api.Observability;

/// <summary>
/// The Prometheus scrape endpoint, mapped only when <see cref="MetricsSettings.Enabled"/>: otherwise the path is an
/// ordinary 404. It reads the counters in memory, never the database, and no rate limit applies to it.
/// </summary>
public static class MetricsEndpoint
{
    public const string Path = "/metrics";

    public static WebApplication MapMirageMetrics(this WebApplication app)
    {
        var settings = app.Services.GetRequiredService<IOptions<MetricsSettings>>().Value;
        if (settings.Enabled)
        {
            app.MapPrometheusScrapingEndpoint(Path, meterProvider: null, configureBranchedPipeline: scrape =>
            {
                if (settings.RequiresToken)
                {
                    scrape.UseMiddleware<ScrapeTokenCheck>(settings.ScrapeToken!);
                }
            }, optionsName: null);
        }

        return app;
    }
}
