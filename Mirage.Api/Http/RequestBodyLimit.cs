using Microsoft.AspNetCore.Http.Features;
using Microsoft.AspNetCore.Http.Metadata;
using Microsoft.Extensions.Options;

namespace Mirage.Api.Http;

/// <summary>
/// Caps request bodies. A declared length over the cap is refused before anything is read; a chunked
/// body is cut off by the server's own limit, which is set here for every request. An endpoint with its own
/// size metadata (<see cref="IRequestSizeLimitMetadata"/>, e.g. <see cref="BodySizeLimit"/> on the upload)
/// gets its own cap instead of <c>Limits:MaxRequestBodyBytes</c>.
/// </summary>
public sealed class RequestBodyLimit(RequestDelegate next, IOptions<RequestLimitSettings> limits)
{
    private readonly long _maxBytes = limits.Value.MaxRequestBodyBytes;

    public Task InvokeAsync(HttpContext context)
    {
        var own = context.GetEndpoint()?.Metadata.GetMetadata<IRequestSizeLimitMetadata>();
        var maxBytes = own is null ? _maxBytes : own.MaxRequestBodySize;
        if (context.Features.Get<IHttpMaxRequestBodySizeFeature>() is { IsReadOnly: false } feature)
        {
            feature.MaxRequestBodySize = maxBytes;
        }

        if (context.Request.ContentLength > maxBytes)
        {
            return (own is BodySizeLimit { TooLarge: { } error }
                ? ProblemWriter.WriteAsync(context, error)
                : ProblemWriter.WriteAsync(context, StatusCodes.Status413PayloadTooLarge)).AsTask();
        }

        return next(context);
    }
}
