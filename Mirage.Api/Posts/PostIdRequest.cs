namespace Mirage.Api.Posts;

/// <summary>A request naming one post: delete_post and unvote_post.</summary>
public sealed class PostIdRequest
{
    public long? PostId { get; init; }
}
