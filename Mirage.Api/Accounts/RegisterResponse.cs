namespace Mirage.Api.Accounts;

public sealed record RegisterResponse(string Message, string Username)
{
    public const string Welcome = "Welcome to MIRAGE";
}
