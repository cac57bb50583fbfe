using Mirage.Domain.Common;
using Mirage.Domain.Sessions;
using Mirage.Domain.Users;

namespace Mirage.Domain.Profiles;

/// <summary>Reads of public and own profiles, and editing one's own.</summary>
public class ProfileService(
    IProfileQueries profiles,
    IProfileRepository profileWrites,
    IUserRepository users,
    ICurrentUser currentUser,
    ICssSanitizer cssSanitizer)
{
    public async Task<Result<ProfileView>> GetByUsernameAsync(string username, CancellationToken cancellationToken)
    {
        var profile = await profiles.FindByUsernameAsync(User.NormalizeUsername(username), cancellationToken);
        return profile is null ? UserErrors.NotFound : profile;
    }

    public async Task<Result<OwnProfileView>> GetCurrentAsync(CancellationToken cancellationToken)
    {
        // The session can outlive its user only for the instant between a deletion and this read.
        var profile = await profiles.FindOwnAsync(currentUser.UserId, cancellationToken);
        return profile is null ? UserErrors.NotFound : profile;
    }

    /// <summary>Applies the changes given; custom CSS is stored only in its sanitised form.</summary>
    public async Task<Result<ProfileUpdate>> UpdateAsync(ProfileEdit edit, CancellationToken cancellationToken)
    {
        var own = await profiles.FindOwnAsync(currentUser.UserId, cancellationToken);
        if (own is null)
        {
            return UserErrors.NotFound;
        }

        var profile = own.Profile;
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

        profile = profile with
        {
            AvatarUrl = edit.AvatarUrl is { } avatar ? avatar.Value : profile.AvatarUrl,
            Description = edit.Description is { } description ? description.Value : profile.Description,
            BackgroundImage = edit.BackgroundImage is { } background ? background.Value : profile.BackgroundImage,
        };
        await profileWrites.UpdateAsync(currentUser.UserId, profile, cancellationToken);
        return new ProfileUpdate(own with { Profile = profile }, removed);
    }

    public Task<int> CountUsersAsync(CancellationToken cancellationToken) => users.CountAsync(cancellationToken);
}
