using Mirage.Domain.Accounts;

namespace Mirage.Api.Accounts;

public sealed class RegisterRequest
{
    public string? Username { get; init => field = value?.Trim(); }

    public string? Email { get; init => field = value?.Trim(); }

    public string? Password { get; init; }

    public string? AvatarUrl { get; init; }

    public string? Description { get; init; }

    /// <summary>Only called after validation, which guarantees the required fields.</summary>
    public Registration ToRegistration() => new(Username!, Email!, Password!, AvatarUrl, Description);
}
