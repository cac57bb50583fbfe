namespace Mirage.Domain.Sessions;

/// <summary>One signed-in device. Only a hash of its token is stored, so a copy of the database signs no one in.</summary>
public class Session
{
    public const int TokenHashLength = 64;

    public Guid Id { get; set; }

    public long UserId { get; set; }

    public required string TokenHash { get; set; }

    public DateTime CreatedAt { get; set; }

    public DateTime LastSeenAt { get; set; }

    public DateTime ExpiresAt { get; set; }
}
