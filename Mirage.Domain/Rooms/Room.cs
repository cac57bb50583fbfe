namespace Mirage.Domain.Rooms;

/// <summary>A chat room: public (listed, anyone may join) or private (joined with its password).</summary>
public class Room
{
    public const int NameMaxLength = 64;

    /// <summary>Room passwords are hashed, so any length could be stored; the cap bounds the hashing work per request.</summary>
    public const int PasswordMaxLength = 256;

    public const int PasswordHashMaxLength = 512;

    public long Id { get; set; }

    public required string Name { get; set; }

    /// <summary>The name as compared for uniqueness and look-ups: <c>Lobby</c> and <c>lobby</c> are one room.</summary>
    public required string NormalizedName { get; set; }

    public bool IsPrivate { get; set; }

    /// <summary>A salted, slow hash of a private room's password; <c>null</c> for a public room.</summary>
    public string? PasswordHash { get; set; }

    /// <summary>Who made the room; <c>null</c> once their account is deleted (the room stays).</summary>
    public long? CreatorId { get; set; }

    public DateTime CreatedAt { get; set; }

    public static string NormalizeName(string name) => name.Trim().ToLowerInvariant();
}
