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

    public Task InvokeAsync(HttpContext context)
    {
        if (context.Features.Get<IHttpMaxRequestBodySizeFeature>() is { IsReadOnly: false } feature)
        {
            feature.MaxRequestBodySize = maxBytes;
        }

        return context.Request.ContentLength > maxBytes
            ? ProblemWriter.WriteAsync(context, StatusCodes.Status413PayloadTooLarge).AsTask()
            : next(context);
    }
}
