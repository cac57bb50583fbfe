namespace Mirage.Api.Observability;

/// <summary>
/// Whether traces, logs and metrics go to an OpenTelemetry collector: only when the standard
/// <c>OTEL_EXPORTER_OTLP_ENDPOINT</c> names one. The exporter reads it and its companions (<c>_PROTOCOL</c>,
/// <c>_HEADERS</c>) itself; without it nothing is exported and no trace is recorded.
/// </summary>
public static class OtlpExport
{
    public const string EndpointVariable = "OTEL_EXPORTER_OTLP_ENDPOINT";

    public static bool IsConfigured(IConfiguration configuration) => !string.IsNullOrWhiteSpace(configuration[EndpointVariable]);
}
