namespace Mirage.Domain.Accounts;

/// <summary>What a person submits to register, already checked for shape by the API.</summary>
public sealed record Registration(string Username, string Email, string Password, string? AvatarUrl, string? Description);
