using Mirage.Domain.Users;

namespace Mirage.Api.Accounts;

/// <summary>
/// The first backend's answer (<c>message</c>), then the updated own profile and what the CSS policy removed,
/// flat and in the order of <c>PATCH /api/me</c>'s answer.
/// </summary>
public sealed class UserSettingsResponse
{
    public const string Updated = "settings updated successfully";

    public string Message { get; init; } = Updated;

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
