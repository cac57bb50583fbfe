namespace Mirage.Domain.Users;

/// <summary>The counters shown on a profile, one row per user, created at zero with the user.</summary>
public class UserStats
{
    public long UserId { get; set; }

    public int Followers { get; set; }

    public int Following { get; set; }

    public int Posts { get; set; }

    public int Upvotes { get; set; }

    public int Downvotes { get; set; }
}
