using System.Text.Json.Serialization;

namespace Mirage.Api.Profiles;

/// <summary>The updated own profile, and what was removed from the custom CSS to make it safe.</summary>
public sealed class ProfileUpdateResponse : MeResponse
{
    [JsonPropertyOrder(2)]
    public required IReadOnlyList<string> Removed { get; init; }
}
