using AutoMapper;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.OutputCaching;
using Mirage.Api.Http;
using Mirage.Api.ListCache;
using Mirage.Api.OpenApi;
using Mirage.Api.Paging;
using Mirage.Domain.Posts;
using Mirage.Domain.Replies;

namespace Mirage.Api.Replies;

[ApiController]
[Route("api")]
[Tags(ApiTags.Replies)]
public sealed class RepliesController(ReplyService replies, IMapper mapper) : ControllerBase
{
    [Authorize]
    [HttpPost("reply_to_post")]
    [ProducesResponseType<ReplyCreatedResponse>(StatusCodes.Status201Created)]
    [ProducesError(typeof(RequestMessages), nameof(RequestMessages.MissingFields))]
    [ProducesError(typeof(ReplyRequestValidator), nameof(ReplyRequestValidator.NothingToReply))]
    [ProducesError(typeof(ReplyRequestValidator), nameof(ReplyRequestValidator.TooLong))]
    [ProducesError(typeof(PostErrors), nameof(PostErrors.NotFound))]
    public async Task<IActionResult> Reply(ReplyRequest request, CancellationToken cancellationToken) =>
        this.ToActionResult(
            await replies.ReplyAsync(request.PostId!.Value, request.Content!, cancellationToken),
            reply => Created($"/api/get_replies/{request.PostId}", new ReplyCreatedResponse("reply created", mapper.Map<ReplyResponse>(reply))));

    /// <summary>A post's replies, oldest first.</summary>
    [HttpGet("get_replies/{postId:long}")]
    [OutputCache(PolicyName = ListCachePolicy.Replies)]
    [ProducesResponseType<RepliesResponse>(StatusCodes.Status200OK)]
    [ProducesError(typeof(PageQueryValidator), nameof(PageQueryValidator.LimitOutOfRange))]
    [ProducesError(typeof(PageQueryValidator), nameof(PageQueryValidator.InvalidCursor))]
    [ProducesError(typeof(PostErrors), nameof(PostErrors.NotFound))]
    public async Task<IActionResult> List(long postId, [FromQuery] PageQuery page, CancellationToken cancellationToken) =>
        this.ToActionResult(
            await replies.ListAsync(postId, page.ToPageRequest(), cancellationToken),
            found => Ok(new RepliesResponse(mapper.Map<IReadOnlyList<ReplyResponse>>(found.Items), found.Next?.Encode())));

    /// <summary>An id that is not a number names no post.</summary>
    [HttpGet("get_replies/{postId}")]
    [ApiExplorerSettings(IgnoreApi = true)]
    public IActionResult ListMalformed(string postId) => this.ToActionResult(PostErrors.NotFound);
}
