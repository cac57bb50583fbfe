namespace Mirage.Api.Profiles;

/// <summary>The signed-in user's own profile: the public one plus the email.</summary>
public sealed class MeResponse : ProfileResponse
{
    public required string Email { get; init; }
}
