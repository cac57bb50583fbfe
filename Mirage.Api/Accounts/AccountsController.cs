using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.ModelBinding;
using Microsoft.AspNetCore.RateLimiting;
using Mirage.Api.Http;
using Mirage.Api.Passwords;
using Mirage.Api.Security;
using Mirage.Api.Sessions;
using Mirage.Domain.Accounts;

namespace Mirage.Api.Accounts;

[ApiController]
[Route("api")]
public sealed class AccountsController(AccountService accounts) : ControllerBase
{
    /// <summary>Creates an account; the person can log in at once.</summary>
    [HttpPost("register")]
    [HashesPassword]
    [EnableRateLimiting(RateLimits.Register)]
    [ProducesResponseType<RegisterResponse>(StatusCodes.Status201Created)]
    [ProducesResponseType<ProblemDetails>(StatusCodes.Status400BadRequest)]
    [ProducesResponseType<ProblemDetails>(StatusCodes.Status409Conflict)]
    public async Task<IActionResult> Register(RegisterRequest request, CancellationToken cancellationToken) =>
        this.ToActionResult(
            await accounts.RegisterAsync(request.ToRegistration(), cancellationToken),
            user => Created($"/api/user/{user.Username}", new RegisterResponse(RegisterResponse.Welcome, user.Username)));

    /// <summary>Opens a new session (one per device) and returns its token.</summary>
    [HttpPost("login")]
    [HashesPassword]
    [EnableRateLimiting(RateLimits.Login)]
    [ProducesResponseType<LoginResponse>(StatusCodes.Status200OK)]
    [ProducesResponseType<ProblemDetails>(StatusCodes.Status400BadRequest)]
    [ProducesResponseType<ProblemDetails>(StatusCodes.Status401Unauthorized)]
    [ProducesResponseType<ProblemDetails>(StatusCodes.Status404NotFound)]
    [ProducesResponseType<ProblemDetails>(StatusCodes.Status429TooManyRequests)]
    public async Task<IActionResult> Login(LoginRequest request, CancellationToken cancellationToken) =>
        this.ToActionResult(
            await accounts.LoginAsync(request.Username!, request.Password!, cancellationToken),
            signIn => Ok(new LoginResponse(signIn.Token, signIn.Username)));

    /// <summary>Ends one session: the token from the body, or else from the Authorization header.</summary>
    [HttpPost("logout")]
    [ProducesResponseType<MessageResponse>(StatusCodes.Status200OK)]
    [ProducesResponseType<ProblemDetails>(StatusCodes.Status400BadRequest)]
    [ProducesResponseType<ProblemDetails>(StatusCodes.Status401Unauthorized)]
    public async Task<IActionResult> Logout(
        [FromBody(EmptyBodyBehavior = EmptyBodyBehavior.Allow)] LogoutRequest? request, CancellationToken cancellationToken) =>
        this.ToActionResult(
            await accounts.LogoutAsync(request?.Token, AuthorizationHeader.ReadToken(Request), cancellationToken),
            _ => Ok(new MessageResponse("logged out successfully")));
}
