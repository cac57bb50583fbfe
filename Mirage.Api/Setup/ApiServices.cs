using Microsoft.AspNetCore.Server.Kestrel.Core;
using Microsoft.Extensions.Options;
using Mirage.Api.Http;
using Mirage.Api.ListCache;
using Mirage.Api.Observability;
using Mirage.Api.Security;
using Mirage.Api.Sessions;
using Mirage.Api.Status;
using Mirage.Infrastructure;

namespace Mirage.Api.Setup;

/// <summary>Everything Mirage registers in the container, by concern.</summary>
public static class ApiServices
{
    public static WebApplicationBuilder AddMirage(this WebApplicationBuilder builder)
    {
        var services = builder.Services;
        services.AddMirageSettings();
        services.AddMirageInfrastructure();
        services.AddMirageDomain();
        services.AddMirageAuthentication();
        services.AddMirageRateLimits();
        services.AddMirageTrustedProxies();
        services.AddMirageCors();
        services.AddMirageListCache();
        services.AddMirageMvc();
        services.AddMirageObservability(builder.Configuration);

        services.AddSingleton<IProblemDetailsWriter, JsonProblemDetailsWriter>();
        services.AddProblemDetails(options => options.CustomizeProblemDetails = ProblemDefaults.Complete);
        services.AddExceptionHandler<ExceptionResponses>();
        services.AddMirageHealthChecks();
        services.AddMirageRequestTimeouts();
        services.AddOptions<HostOptions>().Configure<IOptions<HostingSettings>>(
            (host, hosting) => host.ShutdownTimeout = hosting.Value.ShutdownTimeout);

        // Kestrel's own cap, for bodies sent without a declared length; RequestBodyLimit refuses the rest.
        services.AddOptions<KestrelServerOptions>().Configure<IOptions<RequestLimitSettings>>(
            (kestrel, limits) => kestrel.Limits.MaxRequestBodySize = limits.Value.MaxRequestBodyBytes);
        return builder;
    }
}
