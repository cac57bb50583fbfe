namespace Mirage.Domain.Profiles;

/// <summary>The signed-in user's own profile as read for display: the public one and the email.</summary>
public sealed record OwnProfileView(ProfileView Profile, string Email);
