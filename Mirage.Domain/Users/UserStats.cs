namespace Mirage.Domain.Users;

/// <summary>
/// The counters shown on a profile: one row per user, created at zero with the user, and the same
/// shape in every profile read and response. Which user a row belongs to is the database's business.
/// </summary>
public sealed class UserStats
{
    public int Followers { get; init; }

    public int Following { get; init; }

    public int Posts { get; init; }

    public int Upvotes { get; init; }

    public int Downvotes { get; init; }
}
