using System.Globalization;
using System.Security.Claims;
using Mirage.Domain.Sessions;

namespace Mirage.Api.Sessions;

/// <summary><see cref="ICurrentUser"/> read from the principal that <see cref="SessionAuthenticationHandler"/> made.</summary>
public sealed class HttpCurrentUser(IHttpContextAccessor accessor) : ICurrentUser
{
    public long UserId => long.Parse(Claim(ClaimTypes.NameIdentifier), CultureInfo.InvariantCulture);

    public string Username => Claim(ClaimTypes.Name);

    public Guid SessionId => Guid.Parse(Claim(SessionAuthenticationHandler.SessionIdClaim));

    private string Claim(string type) =>
        accessor.HttpContext?.User.FindFirstValue(type)
        ?? throw new InvalidOperationException("The request is not authenticated; use [Authorize] on the action.");
}
