using Mirage.Domain.Common;
using Mirage.Domain.Sessions;
using Mirage.Domain.Users;

namespace Mirage.Domain.Profiles;

/// <summary>Reads of public and own profiles, and editing one's own.</summary>
public class ProfileService(IUserRepository users, ICurrentUser currentUser, ICssSanitizer cssSanitizer)
{
    public async Task<Result<ProfileView>> GetByUsernameAsync(string username, CancellationToken cancellationToken)
    {
        var profile = await users.FindProfileViewAsync(User.NormalizeUsername(username), cancellationToken);
        return profile is null ? UserErrors.NotFound : profile;
    }

    public async Task<Result<OwnProfileView>> GetCurrentAsync(CancellationToken cancellationToken)
    {
        // The session can outlive its user only for the instant between a deletion and this read.
        var profile = await users.FindOwnProfileViewAsync(currentUser.UserId, cancellationToken);
        return profile is null ? UserErrors.NotFound : profile;
    }

    /// <summary>Applies the changes given; custom CSS is stored only in its sanitised form.</summary>
    public async Task<Result<ProfileUpdate>> UpdateAsync(ProfileEdit edit, CancellationToken cancellationToken)
    {
        var user = await users.FindProfileByIdAsync(currentUser.UserId, cancellationToken);
        if (user is null)
        {
            return UserErrors.NotFound;
        }

        IReadOnlyList<string> removed = [];
        if (edit.CustomCss is { Value: { } css })
        {
            var sanitized = cssSanitizer.Sanitize(css);
            if (sanitized.DeclarationCount > User.CustomCssMaxDeclarations)
            {
                return ProfileErrors.TooManyDeclarations;
            }

            if (sanitized.Css.Length > User.CustomCssStoredMaxLength)
            {
                return ProfileErrors.CssTooLongWhenScoped;
            }

            user.CustomCss = sanitized.Css.Length == 0 ? null : sanitized.Css;
            removed = sanitized.Removed;
        }
        else if (edit.CustomCss is not null)
        {
            user.CustomCss = null;
        }

        user.AvatarUrl = edit.AvatarUrl is { } avatar ? avatar.Value : user.AvatarUrl;
        user.Description = edit.Description is { } description ? description.Value : user.Description;
        user.BackgroundImage = edit.BackgroundImage is { } background ? background.Value : user.BackgroundImage;
        await users.UpdateProfileAsync(user, cancellationToken);
        return new ProfileUpdate(user, removed);
    }

    public Task<int> CountUsersAsync(CancellationToken cancellationToken) => users.CountAsync(cancellationToken);
}
