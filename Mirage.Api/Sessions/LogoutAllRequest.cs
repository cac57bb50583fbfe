namespace Mirage.Api.Sessions;

public sealed class LogoutAllRequest
{
    /// <summary>Keep the session making this request signed in.</summary>
    public bool KeepCurrent { get; init; }
}
