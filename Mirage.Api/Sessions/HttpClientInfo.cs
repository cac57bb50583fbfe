using Microsoft.Net.Http.Headers;
using Mirage.Domain.Sessions;

namespace Mirage.Api.Sessions;

/// <summary><see cref="IClientInfo"/> from the request's headers.</summary>
public sealed class HttpClientInfo(IHttpContextAccessor accessor) : IClientInfo
{
    public string? UserAgent => accessor.HttpContext?.Request.Headers[HeaderNames.UserAgent].ToString() is { Length: > 0 } agent ? agent : null;
}
