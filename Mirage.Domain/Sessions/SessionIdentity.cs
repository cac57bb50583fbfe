namespace Mirage.Domain.Sessions;

/// <summary>Who a session token belongs to, as read on every authenticated request.</summary>
public sealed record SessionIdentity(Guid SessionId, long UserId, string Username, DateTime LastSeenAt, DateTime ExpiresAt);
