namespace Mirage.Domain.Sessions;

/// <summary>One signed-in device. Only a hash of its token is stored, so a copy of the database signs no one in.</summary>
public class Session
{
    public const int TokenHashLength = 64;
    public const int UserAgentMaxLength = 512;

    public Guid Id { get; set; }

    public long UserId { get; set; }

    public required string TokenHash { get; set; }

    public DateTime CreatedAt { get; set; }

    public DateTime LastSeenAt { get; set; }

    /// <summary>The absolute limit: activity never extends a session past it.</summary>
    public DateTime ExpiresAt { get; set; }

    public string? UserAgent { get; set; }
}
