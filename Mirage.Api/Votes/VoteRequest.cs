using System.Text.Json.Serialization;
using Mirage.Api.Http;

namespace Mirage.Api.Votes;

public sealed class VoteRequest
{
    public long? PostId { get; init; }

    /// <summary><c>"up"</c> or <c>"down"</c>; any other JSON value is read as text, so the validator gives the contract's message.</summary>
    [JsonConverter(typeof(AnyJsonAsTextConverter))]
    public string? VoteType { get; init; }
}
