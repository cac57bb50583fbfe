using Microsoft.AspNetCore.Mvc;
using Microsoft.Net.Http.Headers;
using Mirage.Domain.Files;

namespace Mirage.Api.Files;

/// <summary>
/// Serves a shared file as something that cannot act on Mirage's origin: the detected type only (nosniff),
/// a sandbox with no sources, and anything not known to be harmless only as a download.
/// </summary>
public sealed class SharedFileResult(OpenedFile opened) : IActionResult
{
    public const string Policy = "default-src 'none'; sandbox";

    public Task ExecuteResultAsync(ActionContext context)
    {
        var file = opened.File;
        var disposition = new ContentDispositionHeaderValue(file.ContentType == ContentSniffer.Binary ? "attachment" : "inline");

        // filename* (RFC 6266/5987) carries the name as given; filename an ASCII fallback for old clients.
        disposition.SetHttpFileName(file.FileName);
        var headers = context.HttpContext.Response.Headers;
        headers.ContentDisposition = disposition.ToString();
        headers.ContentSecurityPolicy = Policy;
        headers.XContentTypeOptions = "nosniff";
        var result = new FileStreamResult(opened.Content, file.ContentType)
        {
            EnableRangeProcessing = true,
            LastModified = new DateTimeOffset(file.CreatedAt, TimeSpan.Zero),
        };
        return result.ExecuteResultAsync(context);
    }
}
