namespace Mirage.Api.Auth;

public sealed record LoginResponse(string Token, string Username);
