using Microsoft.AspNetCore.Http.Features;
using Microsoft.Extensions.Options;

namespace Mirage.Api.Http;

/// <summary>
/// Caps request bodies. A declared length over the cap is refused before anything is read; a chunked
/// body is cut off by the server's own limit, which is set here for every request.
/// </summary>
public sealed class RequestBodyLimit(RequestDelegate next, IOptions<RequestLimits> limits)
{
    private readonly long _maxBytes = limits.Value.MaxRequestBodyBytes;

    public async Task InvokeAsync(HttpContext context, IProblemDetailsService problemDetails)
    {
        if (context.Features.Get<IHttpMaxRequestBodySizeFeature>() is { IsReadOnly: false } feature)
        {
            feature.MaxRequestBodySize = _maxBytes;
        }

        if (context.Request.ContentLength > _maxBytes)
        {
            context.Response.StatusCode = StatusCodes.Status413PayloadTooLarge;
            await problemDetails.WriteAsync(new ProblemDetailsContext { HttpContext = context });
            return;
        }

        await next(context);
    }
}
