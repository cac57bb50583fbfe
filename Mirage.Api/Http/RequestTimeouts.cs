using Microsoft.AspNetCore.Http.Timeouts;
using Microsoft.Extensions.Options;

namespace Mirage.Api.Http;

/// <summary>
/// ASP.NET Core's request-timeouts middleware with one default policy for every request: after
/// <see cref="RequestLimitSettings.RequestTimeout"/> the request's cancellation token fires, its work stops,
/// and the client gets a 503 with <c>Retry-After</c> instead of waiting on.
/// </summary>
public static class RequestTimeouts
{
    public const string TookTooLong = "the request took too long, try again shortly";

    public static IServiceCollection AddMirageRequestTimeouts(this IServiceCollection services)
    {
        services.AddRequestTimeouts();
        services.AddOptions<RequestTimeoutOptions>().Configure<IOptions<RequestLimitSettings>>((timeouts, limits) =>
            timeouts.DefaultPolicy = new RequestTimeoutPolicy
            {
                Timeout = limits.Value.RequestTimeout,
                TimeoutStatusCode = StatusCodes.Status503ServiceUnavailable,
                WriteTimeoutResponse = context => ProblemWriter.WriteAsync(
                    context, StatusCodes.Status503ServiceUnavailable, TookTooLong, retryAfter: DatabaseProblems.RetryAfter).AsTask(),
            });
        return services;
    }
}
