namespace Mirage.Domain.Posts;

/// <summary>A short text by one user, with the counters its list entries show.</summary>
public class Post
{
    /// <summary>In text elements (what a person sees as one character), so emoji are not cut in half.</summary>
    public const int ContentMaxLength = 512;

    /// <summary>Storage room for 512 text elements, each of which can be several UTF-16 units.</summary>
    public const int ContentStoredMaxLength = 8 * ContentMaxLength;

    public long Id { get; set; }

    public long UserId { get; set; }

    public required string Content { get; set; }

    public DateTime CreatedAt { get; set; }

    public int Upvotes { get; set; }

    public int Downvotes { get; set; }

    public int ReplyCount { get; set; }
}
