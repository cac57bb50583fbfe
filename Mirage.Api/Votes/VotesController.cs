using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Mirage.Api.Http;
using Mirage.Api.OpenApi;
using Mirage.Api.Posts;
using Mirage.Domain.Posts;
using Mirage.Domain.Users;
using Mirage.Domain.Votes;

namespace Mirage.Api.Votes;

[ApiController]
[Authorize]
[Route("api")]
[Tags(ApiTags.Votes)]
public sealed class VotesController(VoteService votes) : ControllerBase
{
    /// <summary>Up- or down-votes someone else's post; voting the other way moves the vote.</summary>
    [HttpPost("vote_post")]
    [ProducesResponseType<MessageResponse>(StatusCodes.Status200OK)]
    [ProducesError(typeof(RequestMessages), nameof(RequestMessages.MissingFields))]
    [ProducesError(typeof(VoteErrors), nameof(VoteErrors.InvalidDirection))]
    [ProducesError(typeof(VoteErrors), nameof(VoteErrors.AlreadyVotedThisWay))]
    [ProducesError(typeof(VoteErrors), nameof(VoteErrors.OwnPost))]
    [ProducesError(typeof(PostErrors), nameof(PostErrors.NotFound))]
    [ProducesError(typeof(UserErrors), nameof(UserErrors.NotFound))]
    public async Task<IActionResult> Vote(VoteRequest request, CancellationToken cancellationToken) =>
        this.ToActionResult(
            await votes.VoteAsync(request.PostId!.Value, VoteTypes.Parse(request.VoteType), cancellationToken),
            _ => Ok(new MessageResponse("vote counted")));

    /// <summary>Withdraws one's vote on a post.</summary>
    [HttpPost("unvote_post")]
    [ProducesResponseType<MessageResponse>(StatusCodes.Status200OK)]
    [ProducesError(typeof(RequestMessages), nameof(RequestMessages.MissingFields))]
    [ProducesError(typeof(VoteErrors), nameof(VoteErrors.NoVote))]
    [ProducesError(typeof(PostErrors), nameof(PostErrors.NotFound))]
    public async Task<IActionResult> Unvote(PostIdRequest request, CancellationToken cancellationToken) =>
        this.ToActionResult(await votes.WithdrawAsync(request.PostId!.Value, cancellationToken), _ => Ok(new MessageResponse("vote withdrawn")));
}
