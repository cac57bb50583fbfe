namespace Mirage.Domain.Common;

/// <summary>An expected failure with the message that clients show to people.</summary>
/// <param name="Kind">Which response status it becomes.</param>
/// <param name="Message">The person-readable <c>error</c> string.</param>
/// <param name="RetryAfter">For <see cref="ErrorKind.TooManyRequests"/>: when trying again can succeed.</param>
public sealed record Error(ErrorKind Kind, string Message, TimeSpan? RetryAfter = null);
