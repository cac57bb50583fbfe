using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Mirage.Api.Http;
using Mirage.Api.OpenApi;
using Mirage.Api.Passwords;
using Mirage.Domain.Accounts;
using Mirage.Domain.Passwords;

namespace Mirage.Api.Accounts;

[ApiController]
[Authorize]
[Route("api")]
[Tags(ApiTags.Accounts)]
public sealed class AccountSettingsController(AccountSettingsService settings) : ControllerBase
{
    /// <summary>Needs the current password; every other session of the user ends.</summary>
    [HttpPost("change_password")]
    [HashesPassword]
    [ProducesResponseType<MessageResponse>(StatusCodes.Status200OK)]
    [ProducesResponseType<ProblemDetails>(StatusCodes.Status400BadRequest)]
    [ProducesError(typeof(PasswordErrors), nameof(PasswordErrors.WrongCurrentPassword))]
    [ProducesError(StatusCodes.Status429TooManyRequests, PasswordErrors.TooManyAttempts)]
    public async Task<IActionResult> ChangePassword(ChangePasswordRequest request, CancellationToken cancellationToken) =>
        this.ToActionResult(
            await settings.ChangePasswordAsync(request.CurrentPassword!, request.NewPassword!, cancellationToken),
            _ => Ok(new MessageResponse("password changed")));

    /// <summary>Needs the password; removes the user, their stats and every session at once.</summary>
    [HttpPost("delete_account")]
    [HashesPassword]
    [ProducesResponseType<MessageResponse>(StatusCodes.Status200OK)]
    [ProducesResponseType<ProblemDetails>(StatusCodes.Status400BadRequest)]
    [ProducesError(typeof(PasswordErrors), nameof(PasswordErrors.WrongCurrentPassword))]
    [ProducesError(StatusCodes.Status429TooManyRequests, PasswordErrors.TooManyAttempts)]
    public async Task<IActionResult> DeleteAccount(DeleteAccountRequest request, CancellationToken cancellationToken) =>
        this.ToActionResult(
            await settings.DeleteAccountAsync(request.Password!, cancellationToken),
            _ => Ok(new MessageResponse("account deleted")));
}
