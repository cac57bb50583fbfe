namespace Mirage.Api.Accounts;

/// <summary>The web client sends its token in the body; other clients may send only the Authorization header.</summary>
public sealed class LogoutRequest
{
    public string? Token { get; init; }
}
