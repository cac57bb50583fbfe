using AutoMapper;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Mirage.Api.Http;
using Mirage.Api.OpenApi;
using Mirage.Api.Passwords;
using Mirage.Api.Profiles;
using Mirage.Domain.Accounts;
using Mirage.Domain.Profiles;
using Mirage.Domain.Users;

namespace Mirage.Api.Accounts;

[ApiController]
[Authorize]
[Route("api")]
[Tags(ApiTags.Profiles)]
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
    [ProducesError(typeof(AccountErrors), nameof(AccountErrors.NoFieldsToUpdate))]
    [ProducesError(typeof(AccountMessages), nameof(AccountMessages.InvalidEmail))]
    [ProducesError(typeof(PasswordMessages), nameof(PasswordMessages.TooShort))]
    [ProducesError(typeof(PasswordMessages), nameof(PasswordMessages.TooLong))]
    [ProducesError(typeof(ProfileRules), nameof(ProfileRules.TooManyWords))]
    [ProducesError(typeof(ProfileErrors), nameof(ProfileErrors.TooManyDeclarations))]
    [ProducesError(typeof(ProfileErrors), nameof(ProfileErrors.CssTooLongWhenScoped))]
    [ProducesError(typeof(AccountErrors), nameof(AccountErrors.SignInAgain))]
    [ProducesError(typeof(UserErrors), nameof(UserErrors.NotFound))]
    [ProducesError(typeof(AccountErrors), nameof(AccountErrors.EmailTaken))]
    public async Task<IActionResult> UpdateSettings(UserSettingsRequest request, CancellationToken cancellationToken) =>
        this.ToActionResult(await settings.UpdateAsync(request.ToEdit(), cancellationToken), update => Ok(mapper.Map<UserSettingsResponse>(update)));
}
