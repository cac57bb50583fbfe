using Mirage.Domain.Common;
using Mirage.Domain.Users;

namespace Mirage.Domain.Profiles;

/// <summary>
/// Applies an edit to a profile, the one place where the profile's rules beyond shape live: custom CSS is
/// kept only sanitised, in both its forms, and within its limits. Shared by <c>PATCH /api/me</c> and the
/// first backend's settings route.
/// </summary>
public sealed class ProfileEditor(ICssSanitizer cssSanitizer)
{
    public Result<EditedProfile> Apply(ProfileView profile, ProfileEdit edit)
    {
        IReadOnlyList<string> removed = [];
        if (edit.CustomCss is { Value: { } css })
        {
            var sanitized = cssSanitizer.Sanitize(css);
            if (sanitized.DeclarationCount > User.CustomCssMaxDeclarations)
            {
                return ProfileErrors.TooManyDeclarations;
            }

            if (sanitized.Scoped.Length > User.CustomCssStoredMaxLength || sanitized.Css.Length > User.CustomCssStoredMaxLength)
            {
                return ProfileErrors.CssTooLongWhenScoped;
            }

            var empty = sanitized.Css.Length == 0;
            profile = profile with { CustomCss = empty ? null : sanitized.Css, CustomCssScoped = empty ? null : sanitized.Scoped };
            removed = sanitized.Removed;
        }
        else if (edit.CustomCss is not null)
        {
            profile = profile with { CustomCss = null, CustomCssScoped = null };
        }

        return new EditedProfile(
            profile with
            {
                AvatarUrl = edit.AvatarUrl is { } avatar ? avatar.Value : profile.AvatarUrl,
                Description = edit.Description is { } description ? description.Value : profile.Description,
                BackgroundImage = edit.BackgroundImage is { } background ? background.Value : profile.BackgroundImage,
            },
            removed);
    }
}
