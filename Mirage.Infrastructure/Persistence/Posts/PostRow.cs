namespace Mirage.Infrastructure.Persistence.Posts;

/// <summary>
/// A post joined with its author's name, as EF can order and filter it (a class with settable
/// members, unlike the domain's positional record).
/// </summary>
public sealed class PostRow(long id, string username, string content, DateTime createdAt, int upvotes, int downvotes, int replyCount)
{
    public long Id { get; } = id;

    public string Username { get; } = username;

    public string Content { get; } = content;

    public DateTime CreatedAt { get; } = createdAt;

    public int Upvotes { get; } = upvotes;

    public int Downvotes { get; } = downvotes;

    public int ReplyCount { get; } = replyCount;
}
