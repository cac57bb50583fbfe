namespace Mirage.Api.Follows;

public sealed record FollowingResponse(IReadOnlyList<FollowUserResponse> Following, string? NextCursor);
