namespace Mirage.Api.Posts;

/// <summary>A post as the contract shows it.</summary>
public sealed class PostResponse
{
    public long Id { get; init; }

    public required string Username { get; init; }

    public required string Content { get; init; }

    public DateTime CreatedAt { get; init; }

    public int Upvotes { get; init; }

    public int Downvotes { get; init; }

    public int ReplyCount { get; init; }
}
