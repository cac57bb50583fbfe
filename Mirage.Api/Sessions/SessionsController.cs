using AutoMapper;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.ModelBinding;
using Mirage.Api.Http;
using Mirage.Api.OpenApi;
using Mirage.Domain.Sessions;

namespace Mirage.Api.Sessions;

[ApiController]
[Authorize]
[Route("api")]
[Tags(ApiTags.Sessions)]
public sealed class SessionsController(SessionService sessions, IMapper mapper) : ControllerBase
{
    /// <summary>The caller's live sessions, newest first; <c>current</c> marks the one calling.</summary>
    [HttpGet("sessions")]
    [ProducesResponseType<SessionListResponse>(StatusCodes.Status200OK)]
    public async Task<IActionResult> List(CancellationToken cancellationToken) =>
        Ok(new SessionListResponse(mapper.Map<IReadOnlyList<SessionResponse>>(await sessions.ListAsync(cancellationToken))));

    /// <summary>Ends one of the caller's sessions (a lost phone, say).</summary>
    [HttpDelete("sessions/{id:guid}")]
    [ProducesResponseType<RevokedResponse>(StatusCodes.Status200OK)]
    [ProducesError(typeof(SessionErrors), nameof(SessionErrors.NotFound))]
    public async Task<IActionResult> Revoke(Guid id, CancellationToken cancellationToken) =>
        this.ToActionResult(await sessions.RevokeAsync(id, cancellationToken), _ => Ok(new RevokedResponse("session revoked", 1)));

    /// <summary>An id that is not a GUID names no session.</summary>
    [HttpDelete("sessions/{id}")]
    [ApiExplorerSettings(IgnoreApi = true)]
    public IActionResult RevokeMalformed(string id) => this.ToActionResult(SessionErrors.NotFound);

    /// <summary>Ends every session of the caller; <c>{"keep_current": true}</c> keeps the calling one.</summary>
    [HttpPost("logout_all")]
    [ProducesResponseType<RevokedResponse>(StatusCodes.Status200OK)]
    public async Task<IActionResult> LogoutAll(
        [FromBody(EmptyBodyBehavior = EmptyBodyBehavior.Allow)] LogoutAllRequest? request, CancellationToken cancellationToken) =>
        Ok(new RevokedResponse("logged out", await sessions.RevokeAllAsync(request?.KeepCurrent ?? false, cancellationToken)));
}
