namespace Mirage.Api.Follows;

public sealed record CheckFollowResponse(bool IsFollowing);
