using Microsoft.AspNetCore.Cors.Infrastructure;
using Microsoft.Extensions.Options;
using Microsoft.Net.Http.Headers;

namespace Mirage.Api.Security;

/// <summary>
/// ASP.NET Core's CORS middleware, set up for the first web client's static pages on another origin:
/// the methods and headers Mirage's routes use, <c>Retry-After</c> readable by scripts, preflights cached,
/// and never credentials (Mirage uses no cookies).
/// </summary>
public static class CrossOrigin
{
    public static readonly TimeSpan PreflightMaxAge = TimeSpan.FromMinutes(10);

    private static readonly string[] Methods = [HttpMethods.Get, HttpMethods.Post, HttpMethods.Patch, HttpMethods.Delete];
    private static readonly string[] RequestHeaders = [HeaderNames.Authorization, HeaderNames.ContentType];

    public static IServiceCollection AddMirageCors(this IServiceCollection services)
    {
        services.AddCors();
        services.AddOptions<CorsOptions>().Configure<IOptions<CorsSettings>>((options, settings) =>
            options.AddDefaultPolicy(policy =>
            {
                var origins = settings.Value.Origins;
                if (origins.Contains(CorsSettings.AnyOrigin))
                {
                    policy.AllowAnyOrigin();
                }
                else
                {
                    policy.WithOrigins([.. origins]);
                }

                policy.WithMethods(Methods)
                    .WithHeaders(RequestHeaders)
                    .WithExposedHeaders(HeaderNames.RetryAfter)
                    .SetPreflightMaxAge(PreflightMaxAge);
            }));
        return services;
    }
}
