namespace Mirage.Api.Votes;

public sealed class VoteRequest
{
    public long? PostId { get; init; }

    /// <summary><c>"up"</c> or <c>"down"</c>.</summary>
    public string? VoteType { get; init; }
}
