using Mirage.Domain.Accounts;
using Mirage.Domain.Profiles;

namespace Mirage.Api.Accounts;

/// <summary>
/// The first backend's settings form. As there, <c>email</c>, <c>avatar_url</c> and <c>password</c> apply only
/// when non-empty (the form sends every field, blank when untouched); <c>description</c>, <c>custom_css</c> and
/// <c>background_image</c> apply when present and not null, so <c>""</c> clears them.
/// </summary>
public sealed class UserSettingsRequest
{
    public string? Email { get; init; }

    public string? AvatarUrl { get; init; }

    public string? Description { get; init; }

    public string? Password { get; init; }

    public string? CustomCss { get; init; }

    public string? BackgroundImage { get; init; }

    public SettingsEdit ToEdit() => new(
        string.IsNullOrWhiteSpace(Email) ? null : Email.Trim(),
        string.IsNullOrEmpty(Password) ? null : Password,
        new ProfileEdit(
            string.IsNullOrEmpty(AvatarUrl) ? null : new Change<string?>(AvatarUrl),
            Description is null ? null : new Change<string?>(Description),
            CustomCss is null ? null : new Change<string?>(CustomCss),
            BackgroundImage is null ? null : new Change<string?>(BackgroundImage.Length == 0 ? null : BackgroundImage)));
}
