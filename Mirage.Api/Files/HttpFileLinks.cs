using Mirage.Domain.Files;

namespace Mirage.Api.Files;

/// <summary>Links on the host the uploader reached (behind a trusted proxy, the public one it forwarded).</summary>
public sealed class HttpFileLinks(IHttpContextAccessor accessor) : IFileLinks
{
    public const string PathPrefix = "/uploads/";

    public string UrlOf(string id)
    {
        var request = accessor.HttpContext?.Request ?? throw new InvalidOperationException("File links are made while serving a request.");
        return $"{request.Scheme}://{request.Host}{request.PathBase}{PathPrefix}{id}";
    }
}
