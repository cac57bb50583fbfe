using AutoMapper;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Mirage.Api.Http;
using Mirage.Api.Passwords;
using Mirage.Domain.Accounts;

namespace Mirage.Api.Accounts;

[ApiController]
[Authorize]
[Route("api")]
public sealed class UserSettingsController(UserSettingsService settings, IMapper mapper) : ControllerBase
{
    /// <summary>
    /// The first backend's profile edit: any of email, avatar_url, description, password, custom_css (sanitised),
    /// background_image. A new password needs a session opened within the last 10 minutes and ends the user's other sessions.
    /// </summary>
    [HttpPost("user/settings")]
    [HashesPassword]
    [ProducesResponseType<UserSettingsResponse>(StatusCodes.Status200OK)]
    [ProducesResponseType<ProblemDetails>(StatusCodes.Status400BadRequest)]
    [ProducesResponseType<ProblemDetails>(StatusCodes.Status401Unauthorized)]
    [ProducesResponseType<ProblemDetails>(StatusCodes.Status403Forbidden)]
    [ProducesResponseType<ProblemDetails>(StatusCodes.Status409Conflict)]
    [ProducesResponseType<ProblemDetails>(StatusCodes.Status429TooManyRequests)]
    public async Task<IActionResult> UpdateSettings(UserSettingsRequest request, CancellationToken cancellationToken) =>
        this.ToActionResult(await settings.UpdateAsync(request.ToEdit(), cancellationToken), update => Ok(mapper.Map<UserSettingsResponse>(update)));
}
