using Mirage.Domain.Users;

namespace Mirage.Api.Profiles;

/// <summary>
/// The updated own profile (the fields of <see cref="MeResponse"/>, flat and in the same order), and what
/// was removed from the custom CSS to make it safe.
/// </summary>
public sealed class ProfileUpdateResponse
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

    public required IReadOnlyList<string> Removed { get; init; }
}
