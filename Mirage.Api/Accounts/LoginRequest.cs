namespace Mirage.Api.Accounts;

public sealed class LoginRequest
{
    public string? Username { get; init => field = value?.Trim(); }

    public string? Password { get; init; }
}
