using Microsoft.AspNetCore.Http.Features;

namespace Mirage.Api.Http;

/// <summary>
/// Caps request bodies. A declared length over the cap is refused before anything is read; a chunked
/// body is cut off by the server's own limit, which is set here for every request.
/// </summary>
public sealed class RequestBodyLimit(RequestDelegate next, long maxBytes)
{
    public const string ConfigurationKey = "Limits:MaxRequestBodyBytes";
    public const long DefaultMaxBytes = 64 * 1024;

    public static long MaxBytes(IConfiguration configuration) => configuration.GetValue(ConfigurationKey, DefaultMaxBytes);

    public async Task InvokeAsync(HttpContext context, IProblemDetailsService problemDetails)
    {
        if (context.Features.Get<IHttpMaxRequestBodySizeFeature>() is { IsReadOnly: false } feature)
        {
            feature.MaxRequestBodySize = maxBytes;
        }

        if (context.Request.ContentLength > maxBytes)
        {
            context.Response.StatusCode = StatusCodes.Status413PayloadTooLarge;
            await problemDetails.WriteAsync(new ProblemDetailsContext { HttpContext = context });
            return;
        }

        await next(context);
    }
}
