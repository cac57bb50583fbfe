using AutoMapper;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Mirage.Api.OpenApi;
using Mirage.Api.Posts;
using Mirage.Domain.Feed;

namespace Mirage.Api.Feed;

[ApiController]
[Authorize]
[Route("api")]
[Tags(ApiTags.Feed)]
public sealed class FeedController(FeedService feed, IMapper mapper) : ControllerBase
{
    /// <summary>The personalised feed: people you follow, everyone else, older posts, and trending hashtags.</summary>
    [HttpGet("fyp")]
    [ProducesResponseType<FeedResponse>(StatusCodes.Status200OK)]
    public async Task<IActionResult> Get(CancellationToken cancellationToken)
    {
        var found = await feed.GetAsync(cancellationToken);
        return Ok(new FeedResponse(mapper.Map<IReadOnlyList<PostResponse>>(found.Posts), found.TrendingTopics));
    }
}
