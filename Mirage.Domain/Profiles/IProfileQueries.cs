namespace Mirage.Domain.Profiles;

/// <summary>Profiles as read for display: only the shown fields, never the credentials.</summary>
public interface IProfileQueries
{
    Task<ProfileView?> FindByUsernameAsync(string normalizedUsername, CancellationToken cancellationToken);

    /// <summary>The user's own profile: the public one and the email.</summary>
    Task<OwnProfileView?> FindOwnAsync(long userId, CancellationToken cancellationToken);
}
