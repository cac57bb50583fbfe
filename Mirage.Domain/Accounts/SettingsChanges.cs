using Mirage.Domain.Profiles;

namespace Mirage.Domain.Accounts;

/// <summary>What a settings edit stores at once: the whole edited profile, and a new email and password hash when given.</summary>
public sealed record SettingsChanges(ProfileView Profile, string? Email, string? PasswordHash);
