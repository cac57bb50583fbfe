namespace Mirage.Domain.Profiles;

/// <summary>The signed-in user's own profile as read for display: the public one plus the email.</summary>
public sealed class OwnProfileView : ProfileView
{
    public required string Email { get; init; }
}
