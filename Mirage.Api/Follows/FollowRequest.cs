namespace Mirage.Api.Follows;

/// <summary>Follow or unfollow: whom.</summary>
public sealed class FollowRequest
{
    public string? Username { get; init => field = value?.Trim(); }
}
