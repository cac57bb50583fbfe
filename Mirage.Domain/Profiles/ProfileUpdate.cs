using Mirage.Domain.Users;

namespace Mirage.Domain.Profiles;

/// <summary>The profile after an edit, and what was removed from the custom CSS to make it safe.</summary>
public sealed record ProfileUpdate(User User, IReadOnlyList<string> Removed);
