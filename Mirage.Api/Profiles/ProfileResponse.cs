using Mirage.Domain.Users;

namespace Mirage.Api.Profiles;

/// <summary>A public profile. Never carries the email, the password hash or any token.</summary>
public sealed class ProfileResponse
{
    public required string Username { get; init; }

    public string? AvatarUrl { get; init; }

    public string? Description { get; init; }

    public DateTime CreatedAt { get; init; }

    public string? CustomCss { get; init; }

    public string? CustomCssScoped { get; init; }

    public string? BackgroundImage { get; init; }

    public required UserStats Stats { get; init; }
}
