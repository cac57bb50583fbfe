using AutoMapper;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.OutputCaching;
using Mirage.Api.Http;
using Mirage.Api.ListCache;
using Mirage.Api.OpenApi;
using Mirage.Api.Paging;
using Mirage.Domain.Posts;
using Mirage.Domain.Users;

namespace Mirage.Api.Posts;

[ApiController]
[Route("api")]
[Tags(ApiTags.Posts)]
public sealed class PostsController(PostService posts, IMapper mapper) : ControllerBase
{
    /// <summary>Publishes a post of 1 to 512 characters.</summary>
    [Authorize]
    [HttpPost("create_post")]
    [ProducesResponseType<PostCreatedResponse>(StatusCodes.Status201Created)]
    [ProducesError(typeof(CreatePostRequestValidator), nameof(CreatePostRequestValidator.NothingToPost))]
    [ProducesError(typeof(CreatePostRequestValidator), nameof(CreatePostRequestValidator.TooLong))]
    public async Task<IActionResult> Create(CreatePostRequest request, CancellationToken cancellationToken) =>
        this.ToActionResult(
            await posts.CreateAsync(request.Content!, cancellationToken),
            post => Created($"/api/get_post_by_id/{post.Id}", new PostCreatedResponse("post created", mapper.Map<PostResponse>(post))));

    /// <summary>Deletes one's own post with its votes and replies; the stats follow.</summary>
    [Authorize]
    [HttpPost("delete_post")]
    [ProducesResponseType<MessageResponse>(StatusCodes.Status200OK)]
    [ProducesError(typeof(RequestMessages), nameof(RequestMessages.MissingFields))]
    [ProducesError(typeof(PostErrors), nameof(PostErrors.NotTheAuthor))]
    [ProducesError(typeof(PostErrors), nameof(PostErrors.NotFound))]
    public async Task<IActionResult> Delete(PostIdRequest request, CancellationToken cancellationToken) =>
        this.ToActionResult(await posts.DeleteAsync(request.PostId!.Value, cancellationToken), _ => Ok(new MessageResponse("post deleted")));

    /// <summary>A user's posts, newest first.</summary>
    [HttpGet("get_posts/{username}")]
    [OutputCache(PolicyName = ListCachePolicy.Posts)]
    [ProducesResponseType<PostsResponse>(StatusCodes.Status200OK)]
    [ProducesError(typeof(PageQueryValidator), nameof(PageQueryValidator.LimitOutOfRange))]
    [ProducesError(typeof(PageQueryValidator), nameof(PageQueryValidator.InvalidCursor))]
    [ProducesError(typeof(UserErrors), nameof(UserErrors.NotFound))]
    public async Task<IActionResult> ListByUser(string username, [FromQuery] PageQuery page, CancellationToken cancellationToken) =>
        this.ToActionResult(
            await posts.ListByUserAsync(username, page.ToPageRequest(), cancellationToken),
            found => Ok(new PostsResponse(mapper.Map<IReadOnlyList<PostResponse>>(found.Items), found.Next?.Encode())));

    [HttpGet("get_post_by_id/{id:long}")]
    [ProducesResponseType<PostResponse>(StatusCodes.Status200OK)]
    [ProducesError(typeof(PostErrors), nameof(PostErrors.NotFound))]
    public async Task<IActionResult> Get(long id, CancellationToken cancellationToken) =>
        this.ToActionResult(await posts.GetAsync(id, cancellationToken), post => Ok(mapper.Map<PostResponse>(post)));

    /// <summary>An id that is not a number names no post.</summary>
    [HttpGet("get_post_by_id/{id}")]
    [ApiExplorerSettings(IgnoreApi = true)]
    public IActionResult GetMalformed(string id) => this.ToActionResult(PostErrors.NotFound);
}
