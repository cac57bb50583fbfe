namespace Mirage.Tests.Api.Support;

/// <summary>An account registered through the API, with the token of one of its sessions.</summary>
public sealed record TestAccount(string Username, string Email, string Password, string Token);
