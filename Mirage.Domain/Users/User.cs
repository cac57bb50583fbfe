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
    public const int CustomCssMaxLength = 10_240;
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

    public string? CustomCss { get; set; }

    public string? BackgroundImage { get; set; }

    public DateTime CreatedAt { get; set; }

    public UserStats Stats { get; set; } = new();

    public static string NormalizeUsername(string username) => username.Trim().ToLowerInvariant();

    public static string NormalizeEmail(string email) => email.Trim().ToLowerInvariant();
}
