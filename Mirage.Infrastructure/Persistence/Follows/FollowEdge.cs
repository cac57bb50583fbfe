namespace Mirage.Infrastructure.Persistence.Follows;

/// <summary>One follow seen from one side: the other person and when. Settable members, so EF can order and filter on them.</summary>
public sealed class FollowEdge
{
    public long OtherId { get; init; }

    public DateTime CreatedAt { get; init; }
}
