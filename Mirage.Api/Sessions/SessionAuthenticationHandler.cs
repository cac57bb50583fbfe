using System.Globalization;
using System.Security.Claims;
using System.Text.Encodings.Web;
using Microsoft.AspNetCore.Authentication;
using Microsoft.Extensions.Options;
using Mirage.Api.Http;
using Mirage.Domain.Sessions;

namespace Mirage.Api.Sessions;

/// <summary>
/// Authenticates a request by its session token: no header gives no result, an unknown, expired or
/// revoked token fails, and a live session signs the request in as its user.
/// </summary>
public sealed class SessionAuthenticationHandler(
    IOptionsMonitor<AuthenticationSchemeOptions> options,
    ILoggerFactory logger,
    UrlEncoder encoder,
    SessionService sessions)
    : AuthenticationHandler<AuthenticationSchemeOptions>(options, logger, encoder)
{
    public const string SchemeName = "Session";
    public const string SessionIdClaim = "sid";

    protected override async Task<AuthenticateResult> HandleAuthenticateAsync()
    {
        var token = AuthorizationHeader.ReadToken(Request);
        if (token is null)
        {
            return AuthenticateResult.NoResult();
        }

        var session = await sessions.AuthenticateAsync(token, Context.RequestAborted);
        if (session is null)
        {
            return AuthenticateResult.Fail(SessionErrors.InvalidToken.Message);
        }

        Claim[] claims =
        [
            new(ClaimTypes.NameIdentifier, session.UserId.ToString(CultureInfo.InvariantCulture)),
            new(ClaimTypes.Name, session.Username),
            new(SessionIdClaim, session.SessionId.ToString()),
        ];
        var principal = new ClaimsPrincipal(new ClaimsIdentity(claims, SchemeName));
        return AuthenticateResult.Success(new AuthenticationTicket(principal, SchemeName));
    }

    protected override async Task HandleChallengeAsync(AuthenticationProperties properties)
    {
        var result = await HandleAuthenticateOnceSafeAsync();
        if (result.Failure is null)
        {
            await ProblemWriter.WriteAsync(Context, StatusCodes.Status401Unauthorized);
            return;
        }

        Response.Headers.WWWAuthenticate = $"{ProblemWriter.Challenge} error=\"invalid_token\"";
        await ProblemWriter.WriteAsync(Context, SessionErrors.InvalidToken);
    }

    protected override Task HandleForbiddenAsync(AuthenticationProperties properties) =>
        ProblemWriter.WriteAsync(Context, StatusCodes.Status403Forbidden).AsTask();
}
