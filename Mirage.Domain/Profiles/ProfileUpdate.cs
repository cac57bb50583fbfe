namespace Mirage.Domain.Profiles;

/// <summary>The own profile after an edit, and what was removed from the custom CSS to make it safe.</summary>
public sealed record ProfileUpdate(OwnProfileView Profile, IReadOnlyList<string> Removed);
