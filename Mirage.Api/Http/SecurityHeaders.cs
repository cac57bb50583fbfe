using Microsoft.Net.Http.Headers;

namespace Mirage.Api.Http;

/// <summary>
/// Headers on every response: no MIME sniffing; API responses may not be framed, run anything or be
/// stored by caches (they carry tokens and private data). The docs UI gets a policy that lets it run;
/// a response that set its own policy (shared files) keeps it.
/// </summary>
public sealed class SecurityHeaders(RequestDelegate next, string docsPath)
{
    public const string ApiPolicy = "default-src 'none'; frame-ancestors 'none'";
    public const string DocsPolicy =
        "default-src 'self'; script-src 'self' 'unsafe-inline'; style-src 'self' 'unsafe-inline'; img-src 'self' data:; frame-ancestors 'none'";

    public Task InvokeAsync(HttpContext context)
    {
        var isDocs = context.Request.Path.StartsWithSegments(docsPath, StringComparison.OrdinalIgnoreCase);
        context.Response.OnStarting(() =>
        {
            var headers = context.Response.Headers;
            headers.XContentTypeOptions = "nosniff";
            if (headers.ContentSecurityPolicy.Count == 0)
            {
                // A response with a stricter policy of its own (a shared file's sandbox) keeps it.
                headers.ContentSecurityPolicy = isDocs ? DocsPolicy : ApiPolicy;
            }
            if (!isDocs)
            {
                headers.CacheControl = "no-store";
                headers.Remove(HeaderNames.Pragma);
                headers.Remove(HeaderNames.Expires);
            }

            return Task.CompletedTask;
        });
        return next(context);
    }
}
