namespace Mirage.Api.Posts;

public sealed record PostsResponse(IReadOnlyList<PostResponse> Posts, string? NextCursor);
