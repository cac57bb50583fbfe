using System.Globalization;
using AutoMapper;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Mirage.Api.Http;
using Mirage.Api.OpenApi;
using Mirage.Domain.Profiles;
using Mirage.Domain.Users;

namespace Mirage.Api.Profiles;

[ApiController]
[Route("api")]
public sealed class ProfilesController(ProfileService profiles, IMapper mapper) : ControllerBase
{
    /// <summary>A public profile with its stats.</summary>
    [HttpGet("user/{username}")]
    [Tags(ApiTags.Profiles)]
    [ProducesResponseType<ProfileResponse>(StatusCodes.Status200OK)]
    [ProducesError(typeof(UserErrors), nameof(UserErrors.NotFound))]
    public async Task<IActionResult> GetUser(string username, CancellationToken cancellationToken) =>
        this.ToActionResult(await profiles.GetByUsernameAsync(username, cancellationToken), user => Ok(mapper.Map<ProfileResponse>(user)));

    /// <summary>The signed-in user's own profile, with the email; also tells a client its token is still good.</summary>
    [Authorize]
    [HttpGet("me")]
    [Tags(ApiTags.Profiles)]
    [ProducesResponseType<MeResponse>(StatusCodes.Status200OK)]
    [ProducesError(typeof(UserErrors), nameof(UserErrors.NotFound))]
    public async Task<IActionResult> GetMe(CancellationToken cancellationToken) =>
        this.ToActionResult(await profiles.GetCurrentAsync(cancellationToken), user => Ok(mapper.Map<MeResponse>(user)));

    /// <summary>Edits one's own profile: any of avatar_url, description, custom_css (sanitised), background_image.</summary>
    [Authorize]
    [HttpPatch("me")]
    [Tags(ApiTags.Profiles)]
    [ProducesResponseType<ProfileUpdateResponse>(StatusCodes.Status200OK)]
    [ProducesResponseType<ProblemDetails>(StatusCodes.Status400BadRequest)]
    [ProducesError(typeof(ProfileRules), nameof(ProfileRules.TooManyWords))]
    [ProducesError(typeof(ProfileErrors), nameof(ProfileErrors.TooManyDeclarations))]
    [ProducesError(typeof(ProfileErrors), nameof(ProfileErrors.CssTooLongWhenScoped))]
    [ProducesError(typeof(UserErrors), nameof(UserErrors.NotFound))]
    public async Task<IActionResult> UpdateMe(UpdateProfileRequest request, CancellationToken cancellationToken) =>
        this.ToActionResult(await profiles.UpdateAsync(request.ToEdit(), cancellationToken), update => Ok(mapper.Map<ProfileUpdateResponse>(update)));

    /// <summary>The number of registered users, as plain text.</summary>
    [HttpGet("usercount")]
    [Tags(ApiTags.Accounts)]
    [Produces("text/plain")]
    [ProducesResponseType<string>(StatusCodes.Status200OK)]
    public async Task<IActionResult> GetUserCount(CancellationToken cancellationToken) =>
        Content((await profiles.CountUsersAsync(cancellationToken)).ToString(CultureInfo.InvariantCulture), "text/plain");
}
