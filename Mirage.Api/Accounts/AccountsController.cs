using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.ModelBinding;
using Microsoft.AspNetCore.RateLimiting;
using Mirage.Api.Http;
using Mirage.Api.OpenApi;
using Mirage.Api.Passwords;
using Mirage.Api.Profiles;
using Mirage.Api.Security;
using Mirage.Api.Sessions;
using Mirage.Domain.Accounts;
using Mirage.Domain.Passwords;
using Mirage.Domain.Sessions;
using Mirage.Domain.Users;

namespace Mirage.Api.Accounts;

[ApiController]
[Route("api")]
public sealed class AccountsController(AccountService accounts) : ControllerBase
{
    /// <summary>Creates an account; the person can log in at once.</summary>
    [HttpPost("register")]
    [Tags(ApiTags.Accounts)]
    [HashesPassword]
    [EnableRateLimiting(RateLimits.Register)]
    [ProducesResponseType<RegisterResponse>(StatusCodes.Status201Created)]
    [ProducesError(typeof(RequestMessages), nameof(RequestMessages.MissingFields))]
    [ProducesError(typeof(AccountMessages), nameof(AccountMessages.InvalidUsername))]
    [ProducesError(typeof(AccountMessages), nameof(AccountMessages.InvalidEmail))]
    [ProducesError(typeof(PasswordMessages), nameof(PasswordMessages.TooShort))]
    [ProducesError(typeof(PasswordMessages), nameof(PasswordMessages.TooLong))]
    [ProducesError(typeof(ProfileRules), nameof(ProfileRules.TooManyWords))]
    [ProducesError(typeof(UserErrors), nameof(UserErrors.AlreadyExists))]
    public async Task<IActionResult> Register(RegisterRequest request, CancellationToken cancellationToken) =>
        this.ToActionResult(
            await accounts.RegisterAsync(request.ToRegistration(), cancellationToken),
            user => Created($"/api/user/{user.Username}", new RegisterResponse(RegisterResponse.Welcome, user.Username)));

    /// <summary>Opens a new session (one per device) and returns its token.</summary>
    [HttpPost("login")]
    [Tags(ApiTags.Sessions)]
    [HashesPassword]
    [EnableRateLimiting(RateLimits.Login)]
    [ProducesResponseType<LoginResponse>(StatusCodes.Status200OK)]
    [ProducesError(typeof(RequestMessages), nameof(RequestMessages.MissingFields))]
    [ProducesError(typeof(PasswordErrors), nameof(PasswordErrors.WrongPassword))]
    [ProducesError(typeof(UserErrors), nameof(UserErrors.NotFound))]
    [ProducesError(StatusCodes.Status429TooManyRequests, PasswordErrors.TooManyAttempts)]
    public async Task<IActionResult> Login(LoginRequest request, CancellationToken cancellationToken) =>
        this.ToActionResult(
            await accounts.LoginAsync(request.Username!, request.Password!, cancellationToken),
            signIn => Ok(new LoginResponse(signIn.Token, signIn.Username)));

    /// <summary>Ends one session: the token from the body, or else from the Authorization header.</summary>
    [HttpPost("logout")]
    [Tags(ApiTags.Sessions)]
    [ProducesResponseType<MessageResponse>(StatusCodes.Status200OK)]
    [ProducesError(typeof(SessionErrors), nameof(SessionErrors.NoToken))]
    [ProducesError(typeof(SessionErrors), nameof(SessionErrors.InvalidToken))]
    public async Task<IActionResult> Logout(
        [FromBody(EmptyBodyBehavior = EmptyBodyBehavior.Allow)] LogoutRequest? request, CancellationToken cancellationToken) =>
        this.ToActionResult(
            await accounts.LogoutAsync(request?.Token, AuthorizationHeader.ReadToken(Request), cancellationToken),
            _ => Ok(new MessageResponse("logged out successfully")));
}
