using AutoMapper;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.OutputCaching;
using Mirage.Api.Http;
using Mirage.Api.ListCache;
using Mirage.Api.OpenApi;
using Mirage.Api.Paging;
using Mirage.Domain.Follows;
using Mirage.Domain.Users;

namespace Mirage.Api.Follows;

[ApiController]
[Route("api")]
[Tags(ApiTags.Follows)]
public sealed class FollowsController(FollowService follows, IMapper mapper) : ControllerBase
{
    [Authorize]
    [HttpPost("follow")]
    [ProducesResponseType<MessageResponse>(StatusCodes.Status200OK)]
    [ProducesError(typeof(RequestMessages), nameof(RequestMessages.MissingFields))]
    [ProducesError(typeof(FollowErrors), nameof(FollowErrors.AlreadyFollowing))]
    [ProducesError(typeof(FollowErrors), nameof(FollowErrors.FollowingYourself))]
    [ProducesError(typeof(UserErrors), nameof(UserErrors.NotFound))]
    public async Task<IActionResult> Follow(FollowRequest request, CancellationToken cancellationToken) =>
        this.ToActionResult(await follows.FollowAsync(request.Username!, cancellationToken), name => Ok(new MessageResponse($"now following {name}")));

    [Authorize]
    [HttpPost("unfollow")]
    [ProducesResponseType<MessageResponse>(StatusCodes.Status200OK)]
    [ProducesError(typeof(RequestMessages), nameof(RequestMessages.MissingFields))]
    [ProducesError(typeof(FollowErrors), nameof(FollowErrors.NotFollowing))]
    [ProducesError(typeof(UserErrors), nameof(UserErrors.NotFound))]
    public async Task<IActionResult> Unfollow(FollowRequest request, CancellationToken cancellationToken) =>
        this.ToActionResult(await follows.UnfollowAsync(request.Username!, cancellationToken), name => Ok(new MessageResponse($"unfollowed {name}")));

    [Authorize]
    [HttpGet("check_follow")]
    [ProducesResponseType<CheckFollowResponse>(StatusCodes.Status200OK)]
    [ProducesError(typeof(RequestMessages), nameof(RequestMessages.MissingFields))]
    [ProducesError(typeof(UserErrors), nameof(UserErrors.NotFound))]
    public async Task<IActionResult> CheckFollow([FromQuery] CheckFollowQuery query, CancellationToken cancellationToken) =>
        this.ToActionResult(await follows.IsFollowingAsync(query.Username!, cancellationToken), following => Ok(new CheckFollowResponse(following)));

    /// <summary>Who follows the user, newest first.</summary>
    [HttpGet("get_followers/{username}")]
    [OutputCache(PolicyName = ListCachePolicy.Followers)]
    [ProducesResponseType<FollowersResponse>(StatusCodes.Status200OK)]
    [ProducesError(typeof(PageQueryValidator), nameof(PageQueryValidator.LimitOutOfRange))]
    [ProducesError(typeof(PageQueryValidator), nameof(PageQueryValidator.InvalidCursor))]
    [ProducesError(typeof(UserErrors), nameof(UserErrors.NotFound))]
    public async Task<IActionResult> Followers(string username, [FromQuery] PageQuery page, CancellationToken cancellationToken) =>
        this.ToActionResult(
            await follows.FollowersAsync(username, page.ToPageRequest(), cancellationToken),
            found => Ok(new FollowersResponse(mapper.Map<IReadOnlyList<FollowUserResponse>>(found.Items), found.Next?.Encode())));

    /// <summary>Whom the user follows, newest first.</summary>
    [HttpGet("get_following/{username}")]
    [OutputCache(PolicyName = ListCachePolicy.Following)]
    [ProducesResponseType<FollowingResponse>(StatusCodes.Status200OK)]
    [ProducesError(typeof(PageQueryValidator), nameof(PageQueryValidator.LimitOutOfRange))]
    [ProducesError(typeof(PageQueryValidator), nameof(PageQueryValidator.InvalidCursor))]
    [ProducesError(typeof(UserErrors), nameof(UserErrors.NotFound))]
    public async Task<IActionResult> Following(string username, [FromQuery] PageQuery page, CancellationToken cancellationToken) =>
        this.ToActionResult(
            await follows.FollowingAsync(username, page.ToPageRequest(), cancellationToken),
            found => Ok(new FollowingResponse(mapper.Map<IReadOnlyList<FollowUserResponse>>(found.Items), found.Next?.Encode())));
}
