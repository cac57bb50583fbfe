namespace Mirage.Api.Follows;

/// <summary>A person in a followers or following list.</summary>
public sealed class FollowUserResponse
{
    public required string Username { get; init; }

    public string? AvatarUrl { get; init; }
}
