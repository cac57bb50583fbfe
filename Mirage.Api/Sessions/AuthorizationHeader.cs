using Microsoft.Net.Http.Headers;

namespace Mirage.Api.Sessions;

/// <summary>Reads the session token from <c>Authorization</c>: a raw token (the web client) or <c>Bearer &lt;token&gt;</c>.</summary>
public static class AuthorizationHeader
{
    private const string BearerPrefix = "Bearer ";

    /// <returns><c>null</c> when the header is absent or empty; otherwise the token as presented, possibly malformed.</returns>
    public static string? ReadToken(HttpRequest request)
    {
        var value = request.Headers[HeaderNames.Authorization].ToString().Trim();
        if (value.Length == 0)
        {
            return null;
        }

        return value.StartsWith(BearerPrefix, StringComparison.OrdinalIgnoreCase)
            ? value[BearerPrefix.Length..].Trim()
            : value;
    }
}
