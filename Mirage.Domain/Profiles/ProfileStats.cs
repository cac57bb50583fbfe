namespace Mirage.Domain.Profiles;

/// <summary>The counters shown on a profile, as read for display.</summary>
public sealed class ProfileStats
{
    public int Followers { get; init; }

    public int Following { get; init; }

    public int Posts { get; init; }

    public int Upvotes { get; init; }

    public int Downvotes { get; init; }
}
