namespace Mirage.Domain.Observability;

/// <summary>Why sessions were revoked, as the <c>reason</c> of <c>mirage.sessions.revoked</c>.</summary>
public enum SessionEnd
{
    /// <summary>Logged out with the session's own token.</summary>
    Logout,

    /// <summary>Ended from the sessions list, one or all of them.</summary>
    Revoked,

    /// <summary>The other sessions of someone who changed their password.</summary>
    PasswordChanged,
}
