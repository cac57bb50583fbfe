using Mirage.Domain.Votes;

namespace Mirage.Api.Votes;

/// <summary>The contract's words for vote directions.</summary>
public static class VoteTypes
{
    public static bool TryParse(string? voteType, out VoteDirection direction)
    {
        (var known, direction) = voteType switch
        {
            "up" => (true, VoteDirection.Up),
            "down" => (true, VoteDirection.Down),
            _ => (false, default),
        };
        return known;
    }

    /// <summary>Only called after validation.</summary>
    public static VoteDirection Parse(string? voteType) =>
        TryParse(voteType, out var direction) ? direction : throw new ArgumentOutOfRangeException(nameof(voteType));
}
