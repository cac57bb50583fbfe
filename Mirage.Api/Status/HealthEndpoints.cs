using Microsoft.AspNetCore.Diagnostics.HealthChecks;
using Microsoft.Extensions.Diagnostics.HealthChecks;
using Mirage.Infrastructure.Persistence;

namespace Mirage.Api.Status;

/// <summary>
/// The container-orchestrator convention beside the load balancers' <c>/healthz</c> (every check):
/// <c>/healthz/live</c> runs no check, so a database outage never gets a healthy process restarted;
/// <c>/healthz/ready</c> runs the checks tagged <see cref="Ready"/>, each bounded by <see cref="ReadyTimeout"/>.
/// </summary>
public static class HealthEndpoints
{
    public const string Path = "/healthz";
    public const string Ready = "ready";

    public static readonly TimeSpan ReadyTimeout = TimeSpan.FromSeconds(2);

    public static IServiceCollection AddMirageHealthChecks(this IServiceCollection services)
    {
        services.AddHealthChecks().AddDbContextCheck<MirageDbContext>("database", tags: [Ready]);
        services.Configure<HealthCheckServiceOptions>(options =>
        {
            foreach (var check in options.Registrations.Where(r => r.Tags.Contains(Ready)))
            {
                check.Timeout = ReadyTimeout;
            }
        });
        return services;
    }

    public static WebApplication MapMirageHealthChecks(this WebApplication app)
    {
        app.MapHealthChecks(Path, Options(_ => true));
        app.MapHealthChecks(Path + "/live", Options(_ => false));
        app.MapHealthChecks(Path + "/ready", Options(check => check.Tags.Contains(Ready)));
        return app;
    }

    private static HealthCheckOptions Options(Func<HealthCheckRegistration, bool> predicate) =>
        new() { Predicate = predicate, ResponseWriter = HealthResponses.WriteAsync };
}
