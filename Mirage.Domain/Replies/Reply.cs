namespace Mirage.Domain.Replies;

/// <summary>An answer to a post. Replies do not count as posts in their author's stats.</summary>
public class Reply
{
    public long Id { get; set; }

    public long PostId { get; set; }

    public long UserId { get; set; }

    public required string Content { get; set; }

    public DateTime CreatedAt { get; set; }
}
