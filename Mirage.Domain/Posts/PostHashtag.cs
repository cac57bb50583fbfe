namespace Mirage.Domain.Posts;

/// <summary>A hashtag used in a post, lower-cased, kept so trending topics need not re-read post texts.</summary>
public class PostHashtag
{
    public const int TagMaxLength = 100;

    public long PostId { get; set; }

    public required string Tag { get; set; }
}
