namespace Mirage.Api.Auth;

public sealed record RegisterResponse(string Message, string Username)
{
    public const string Welcome = "Welcome to MIRAGE";
}
