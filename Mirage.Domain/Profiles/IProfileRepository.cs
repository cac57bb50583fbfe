namespace Mirage.Domain.Profiles;

/// <summary>Writes of the fields a person edits on their own profile.</summary>
public interface IProfileRepository
{
    /// <summary>Stores the profile's avatar, description, custom CSS and background image.</summary>
    Task UpdateAsync(long userId, ProfileView profile, CancellationToken cancellationToken);
}
