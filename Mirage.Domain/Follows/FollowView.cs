namespace Mirage.Domain.Follows;

/// <summary>A person in a followers or following list; <see cref="UserId"/> and <see cref="FollowedAt"/> place it in the list.</summary>
public sealed record FollowView(long UserId, string Username, string? AvatarUrl, DateTime FollowedAt);
