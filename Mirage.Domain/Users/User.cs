namespace Mirage.Domain.Users;

/// <summary>A registered person. Field limits live here so validators and the schema share them.</summary>
public class User
{
    public const int UsernameMinLength = 3;
    public const int UsernameMaxLength = 32;
    public const int EmailMaxLength = 254;
    public const int PasswordMinLength = 8;
    public const int PasswordMaxLength = 128;
    public const int UrlMaxLength = 2048;
    public const int DescriptionMaxLength = 10_000;
    public const int DescriptionMaxWords = 500;
    /// <summary>The most custom CSS a person may submit, in UTF-8 bytes (10 KB).</summary>
    public const int CustomCssMaxBytes = 10_240;
    public const int CustomCssMaxDeclarations = 200;

    /// <summary>Room for each form of the sanitised CSS; the scoped one grows as every selector is scoped to the profile.</summary>
    public const int CustomCssStoredMaxLength = 65_536;
    public const int PasswordHashMaxLength = 512;

    public long Id { get; set; }

    public required string Username { get; set; }

    /// <summary>The username as compared for uniqueness and look-ups: <c>Alice</c> and <c>alice</c> are one user.</summary>
    public required string NormalizedUsername { get; set; }

    public required string Email { get; set; }

    public required string NormalizedEmail { get; set; }

    public required string PasswordHash { get; set; }

    public string? AvatarUrl { get; set; }

    public string? Description { get; set; }

    /// <summary>The sanitised custom CSS with the person's selectors as written.</summary>
    public string? CustomCss { get; set; }

    /// <summary>The same CSS with every selector scoped to <c>.mirage-profile</c>, for clients that embed profiles.</summary>
    public string? CustomCssScoped { get; set; }

    public string? BackgroundImage { get; set; }

    public DateTime CreatedAt { get; set; }

    /// <summary>Failed password checks since the last success; drives the lock-out.</summary>
    public int FailedLoginCount { get; set; }

    /// <summary>While in the future, every password check is refused, even a correct one.</summary>
    public DateTime? LockedUntil { get; set; }

    public UserStats Stats { get; set; } = new();

    public static string NormalizeUsername(string username) => username.Trim().ToLowerInvariant();

    public static string NormalizeEmail(string email) => email.Trim().ToLowerInvariant();
}
