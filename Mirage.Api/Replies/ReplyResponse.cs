namespace Mirage.Api.Replies;

public sealed class ReplyResponse
{
    public long Id { get; init; }

    public required string Username { get; init; }

    public required string Content { get; init; }

    public DateTime CreatedAt { get; init; }

    public string? AvatarUrl { get; init; }
}
