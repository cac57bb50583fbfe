namespace Mirage.Api.Follows;

public sealed record FollowersResponse(IReadOnlyList<FollowUserResponse> Followers, string? NextCursor);
