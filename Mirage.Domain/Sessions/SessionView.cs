namespace Mirage.Domain.Sessions;

/// <summary>One of the caller's sessions as shown to them; never the token or its hash.</summary>
public sealed record SessionView(Guid Id, DateTime CreatedAt, DateTime LastSeenAt, DateTime ExpiresAt, string? UserAgent, bool Current);
