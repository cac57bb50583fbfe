using Mirage.Domain.Users;

namespace Mirage.Domain.Profiles;

/// <summary>
/// A public profile as read for display: only the fields a profile shows, so the read never loads the
/// email, the password hash or the lock-out state.
/// </summary>
public sealed record ProfileView
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
