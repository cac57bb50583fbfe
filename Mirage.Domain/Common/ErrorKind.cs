namespace Mirage.Domain.Common;

/// <summary>What kind of expected failure an <see cref="Error"/> is; the API maps each kind to one status code.</summary>
public enum ErrorKind
{
    Invalid,
    Unauthorized,
    Forbidden,
    NotFound,
    Conflict,

    /// <summary>Refused for now (throttled, locked out, or the machine is busy); <see cref="Error.RetryAfter"/> says when to come back.</summary>
    TooManyRequests,

    /// <summary>The request carries more than a configured limit allows (an upload over <c>Files:MaxBytes</c>).</summary>
    TooLarge,
}
