namespace Mirage.Domain.Follows;

/// <summary>One person following another; the pair is the key, so the database forbids duplicates.</summary>
public class Follow
{
    public long FollowerId { get; set; }

    public long FolloweeId { get; set; }

    public DateTime CreatedAt { get; set; }
}
