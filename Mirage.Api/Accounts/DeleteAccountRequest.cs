namespace Mirage.Api.Accounts;

public sealed class DeleteAccountRequest
{
    public string? Password { get; init; }
}
