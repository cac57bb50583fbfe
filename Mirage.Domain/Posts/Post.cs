using Mirage.Domain.Common;

namespace Mirage.Domain.Posts;

/// <summary>A short text by one user, with the counters its list entries show.</summary>
public class Post
{
    /// <summary>In text elements (what a person sees as one character), so emoji are not cut in half.</summary>
    public const int ContentMaxLength = 512;

    /// <summary>
    /// Storage room, in UTF-16 units, for 512 text elements of several units each (a family emoji is 11);
    /// text that needs more is refused as too long.
    /// </summary>
    public const int ContentStoredMaxLength = TextLength.MaxUnitsPerCharacter * ContentMaxLength;

    public long Id { get; set; }

    public long UserId { get; set; }

    public required string Content { get; set; }

    public DateTime CreatedAt { get; set; }

    public int Upvotes { get; set; }

    public int Downvotes { get; set; }

    public int ReplyCount { get; set; }
}
