using Microsoft.Extensions.Diagnostics.HealthChecks;
using Mirage.Api.Http;

namespace Mirage.Api.Status;

/// <summary>
/// <c>/healthz</c> answers <c>Healthy</c> in plain text for load balancers; when a check fails, the
/// 503 is a ProblemDetails like every other error, naming the failing checks but not their exceptions.
/// </summary>
public static class HealthResponses
{
    public static async Task WriteAsync(HttpContext context, HealthReport report)
    {
        if (report.Status == HealthStatus.Healthy)
        {
            context.Response.ContentType = "text/plain";
            await context.Response.WriteAsync(report.Status.ToString());
            return;
        }

        var failing = report.Entries.Where(e => e.Value.Status != HealthStatus.Healthy).Select(e => e.Key);
        await ProblemWriter.WriteAsync(context, context.Response.StatusCode, $"unhealthy: {string.Join(", ", failing)}");
    }
}
