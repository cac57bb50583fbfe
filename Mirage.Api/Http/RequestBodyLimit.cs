using Microsoft.AspNetCore.Http.Features;
using Microsoft.Extensions.Options;

namespace Mirage.Api.Http;

/// <summary>
/// Caps request bodies. A declared length over the cap is refused before anything is read; a chunked
/// body is cut off by the server's own limit, which is set here for every request.
/// </summary>
public sealed class RequestBodyLimit(RequestDelegate next, IOptions<RequestLimitSettings> limits)
{
    private readonly long _maxBytes = limits.Value.MaxRequestBodyBytes;

    public Task InvokeAsync(HttpContext context)
    {
        if (context.Features.Get<IHttpMaxRequestBodySizeFeature>() is { IsReadOnly: false } feature)
        {
            feature.MaxRequestBodySize = _maxBytes;
        }

        return context.Request.ContentLength > _maxBytes
            ? ProblemWriter.WriteAsync(context, StatusCodes.Status413PayloadTooLarge).AsTask()
            : next(context);
    }
}
