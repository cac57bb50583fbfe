namespace Mirage.Api.Sessions;

/// <summary>One signed-in device; never the token or its hash.</summary>
public sealed class SessionResponse
{
    public Guid Id { get; init; }

    public DateTime CreatedAt { get; init; }

    public DateTime LastSeenAt { get; init; }

    /// <summary>When the session ends unless used again: the idle or the absolute limit, whichever is first.</summary>
    public DateTime ExpiresAt { get; init; }

    public string? UserAgent { get; init; }

    /// <summary><c>true</c> for the session that made this request.</summary>
    public bool Current { get; init; }
}
