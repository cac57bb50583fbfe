namespace Mirage.Domain.Profiles;

/// <summary>A profile with an edit applied, not yet stored, and what was removed from its custom CSS.</summary>
public sealed record EditedProfile(ProfileView Profile, IReadOnlyList<string> Removed);
