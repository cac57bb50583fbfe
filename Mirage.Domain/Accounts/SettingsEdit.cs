using Mirage.Domain.Profiles;

namespace Mirage.Domain.Accounts;

/// <summary>
/// The first backend's settings form: a new email and password (<c>null</c>: leave as they are) beside the
/// profile fields.
/// </summary>
public sealed record SettingsEdit(string? Email, string? Password, ProfileEdit Profile)
{
    public bool IsEmpty =>
        Email is null && Password is null
        && Profile is { AvatarUrl: null, Description: null, CustomCss: null, BackgroundImage: null };
}
