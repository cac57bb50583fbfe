namespace Mirage.Domain.Accounts;

/// <summary>A new session: the token is handed to the client once and never stored.</summary>
public sealed record SignIn(string Token, string Username);
