namespace Mirage.Domain.Observability;

/// <summary>How a sign-in attempt ended, as the <c>outcome</c> of <c>mirage.logins</c>.</summary>
public enum LoginOutcome
{
    Succeeded,
    UnknownUser,
    WrongPassword,
    LockedOut,
}
