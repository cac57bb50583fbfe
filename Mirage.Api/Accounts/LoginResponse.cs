namespace Mirage.Api.Accounts;

public sealed record LoginResponse(string Token, string Username);
