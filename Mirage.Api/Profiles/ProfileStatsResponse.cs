namespace Mirage.Api.Profiles;

public sealed class ProfileStatsResponse
{
    public int Followers { get; init; }

    public int Following { get; init; }

    public int Posts { get; init; }

    public int Upvotes { get; init; }

    public int Downvotes { get; init; }
}
