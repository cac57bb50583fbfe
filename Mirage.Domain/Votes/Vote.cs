namespace Mirage.Domain.Votes;

/// <summary>One user's vote on one post; the pair is the key, so nobody votes twice.</summary>
public class Vote
{
    public long UserId { get; set; }

    public long PostId { get; set; }

    public VoteDirection Direction { get; set; }

    public DateTime CreatedAt { get; set; }
}
