using Mirage.Domain.Common;
using Mirage.Domain.Passwords;
using Mirage.Domain.Profiles;
using Mirage.Domain.Security;
using Mirage.Domain.Sessions;
using Mirage.Domain.Users;

namespace Mirage.Domain.Accounts;

/// <summary>The first backend's settings route: the profile fields, the email and the password in one edit.</summary>
public class UserSettingsService(
    IProfileQueries profiles,
    ISessionRepository sessions,
    IAccountSettingsStore store,
    ProfileEditor editor,
    PasswordService passwords,
    SessionPolicy sessionPolicy,
    ICurrentUser currentUser,
    ISecurityEvents events,
    IListChanges lists,
    TimeProvider time)
{
    /// <summary>Applies every change or none; a new password needs a recent sign-in and ends the user's other sessions.</summary>
    public async Task<Result<ProfileUpdate>> UpdateAsync(SettingsEdit edit, CancellationToken cancellationToken)
    {
        if (edit.IsEmpty)
        {
            return AccountErrors.NoFieldsToUpdate;
        }

        var own = await profiles.FindOwnAsync(currentUser.UserId, cancellationToken);
        if (own is null)
        {
            return UserErrors.NotFound;
        }

        if (edit.Password is { } password && await CheckNewPasswordAsync(password, own.Profile.Username, cancellationToken) is { } refused)
        {
            return refused;
        }

        var edited = editor.Apply(own.Profile, edit.Profile);
        if (!edited.IsSuccess)
        {
            return edited.Error!;
        }

        var hash = edit.Password is null ? null : await passwords.HashAsync(edit.Password, cancellationToken);
        var saved = await store.SaveAsync(currentUser.UserId, new SettingsChanges(edited.Value.Profile, edit.Email, hash), currentUser.SessionId, cancellationToken);
        if (saved is null)
        {
            return UserErrors.NotFound;
        }

        if (saved.EmailTaken)
        {
            return AccountErrors.EmailTaken;
        }

        if (hash is not null)
        {
            events.PasswordChanged(currentUser.UserId, saved.OtherSessionsEnded);
        }

        if (edit.Profile.AvatarUrl is not null)
        {
            await lists.AnyAsync();
        }

        return new ProfileUpdate(new OwnProfileView(edited.Value.Profile, edit.Email ?? own.Email), edited.Value.Removed);
    }

    private async Task<Error?> CheckNewPasswordAsync(string password, string username, CancellationToken cancellationToken)
    {
        var signedInAt = await sessions.FindCreatedAtAsync(currentUser.SessionId, cancellationToken);
        if (signedInAt is null || time.GetUtcNow().UtcDateTime - signedInAt.Value > sessionPolicy.RecentSignIn)
        {
            return AccountErrors.SignInAgain;
        }

        return PasswordRules.Check(password, username);
    }
}
