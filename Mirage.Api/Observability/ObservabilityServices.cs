using Microsoft.Extensions.Options;
using Mirage.Api.Status;
using Mirage.Domain.Observability;
using OpenTelemetry;
using OpenTelemetry.Metrics;
using OpenTelemetry.Resources;
using OpenTelemetry.Trace;

namespace Mirage.Api.Observability;

/// <summary>
/// OpenTelemetry for operators: metrics for the <see cref="MetricsEndpoint"/> scrape, and traces, logs and metrics over
/// OTLP when <see cref="OtlpExport"/> says so. With neither, no meter is listened to and no trace is recorded, so
/// the instruments cost nothing beyond a check per event.
/// </summary>
public static class ObservabilityServices
{
    public const string ServiceName = "mirage";

    /// <summary>Mirage's own counters, then ASP.NET Core's, the HTTP server's, EF Core's and Npgsql's (the runtime's are added beside them).</summary>
    public static readonly string[] Meters =
    [
        MirageMetrics.MeterName,
        "Microsoft.AspNetCore.Hosting",
        "Microsoft.AspNetCore.Server.Kestrel",
        "Microsoft.AspNetCore.Diagnostics",
        "Microsoft.AspNetCore.RateLimiting",
        "Microsoft.EntityFrameworkCore",
        "Npgsql",
    ];

    /// <remarks>
    /// <paramref name="configuration"/> is read here for the OTLP endpoint only, since exporters are chosen when they
    /// are registered; the metrics settings are read later, through their options, so a test host's settings count too.
    /// </remarks>
    public static IServiceCollection AddMirageObservability(this IServiceCollection services, IConfiguration configuration)
    {
        services.AddMetrics();
        services.AddSingleton<MirageMetrics>();

        // Every log line written during a request carries its trace and span id: the two halves of the trace_id
        // that error bodies show (00-<trace id>-<span id>-<flags>).
        services.Configure<LoggerFactoryOptions>(options => options.ActivityTrackingOptions = ActivityTrackingOptions.TraceId | ActivityTrackingOptions.SpanId);

        var otlp = OtlpExport.IsConfigured(configuration);
        var telemetry = services.AddOpenTelemetry()
            .ConfigureResource(resource => resource.Clear().AddService(ServiceName).AddTelemetrySdk().AddEnvironmentVariableDetector())
            .WithMetrics(metrics => metrics.AddPrometheusExporter());
        services.ConfigureOpenTelemetryMeterProvider((provider, metrics) =>
        {
            if (otlp || provider.GetRequiredService<IOptions<MetricsSettings>>().Value.Enabled)
            {
                metrics.AddMeter(Meters).AddRuntimeInstrumentation();
            }
        });

        if (otlp)
        {
            telemetry.WithTracing(tracing => tracing.AddMirageInstrumentation()).WithLogging().UseOtlpExporter();
        }

        return services;
    }

    /// <summary>
    /// A span per request (not for scrapes and health probes, which come every few seconds) and per PostgreSQL
    /// command. Npgsql's spans hold the SQL with its parameters as placeholders, never their values; exceptions
    /// are not recorded, since their messages are not written for the outside.
    /// </summary>
    public static TracerProviderBuilder AddMirageInstrumentation(this TracerProviderBuilder tracing) =>
        tracing
            .AddAspNetCoreInstrumentation(options => options.Filter = context =>
                !context.Request.Path.StartsWithSegments(MetricsEndpoint.Path) && !context.Request.Path.StartsWithSegments(HealthEndpoints.Path))
            .AddSource("Npgsql");
}
