using System.Text.Json.Serialization;

namespace Mirage.Api.Profiles;

/// <summary>The signed-in user's own profile: the public one plus the email.</summary>
public class MeResponse : ProfileResponse
{
    // After the public fields, so the two responses read alike.
    [JsonPropertyOrder(1)]
    public required string Email { get; init; }
}
