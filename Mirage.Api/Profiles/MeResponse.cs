using Mirage.Domain.Users;

namespace Mirage.Api.Profiles;

/// <summary>
/// The signed-in user's own profile: the public profile's fields, flat and in the same order, then the
/// email. Mapped from the composed <c>OwnProfileView</c>.
/// </summary>
public sealed class MeResponse
{
    public required string Username { get; init; }

    public string? AvatarUrl { get; init; }

    public string? Description { get; init; }

    public DateTime CreatedAt { get; init; }

    public string? CustomCss { get; init; }

    public string? CustomCssScoped { get; init; }

    public string? BackgroundImage { get; init; }

    public required UserStats Stats { get; init; }

    public required string Email { get; init; }
}
