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
    ProfileEditor editor,
    IListChanges lists)
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

    /// <summary>Applies the changes given; custom CSS is stored only in its sanitised forms.</summary>
    public async Task<Result<ProfileUpdate>> UpdateAsync(ProfileEdit edit, CancellationToken cancellationToken)
    {
        var own = await profiles.FindOwnAsync(currentUser.UserId, cancellationToken);
        if (own is null)
        {
            return UserErrors.NotFound;
        }

        var edited = editor.Apply(own.Profile, edit);
        if (!edited.IsSuccess)
        {
            return edited.Error!;
        }

        await profileWrites.UpdateAsync(currentUser.UserId, edited.Value.Profile, cancellationToken);
        if (edit.AvatarUrl is not null)
        {
            // Lists of followers and of replies show each person's avatar.
            await lists.AnyAsync();
        }

        return new ProfileUpdate(own with { Profile = edited.Value.Profile }, edited.Value.Removed);
    }

    public Task<int> CountUsersAsync(CancellationToken cancellationToken) => users.CountAsync(cancellationToken);
}
