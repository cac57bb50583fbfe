using System.Text.Json.Serialization;
using Microsoft.OpenApi;
using Mirage.Api.Http;
using Mirage.Api.OpenApi;

namespace Mirage.Api.Votes;

public sealed class VoteRequest
{
    public long? PostId { get; init; }

    /// <summary><c>"up"</c> or <c>"down"</c>; any other JSON value is read as text, so the validator gives the contract's message.</summary>
    [JsonConverter(typeof(AnyJsonAsTextConverter))]
    [DocumentedAs(JsonSchemaType.String, "up", "down")]
    public string? VoteType { get; init; }
}
