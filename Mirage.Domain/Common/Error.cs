namespace Mirage.Domain.Common;

/// <summary>An expected failure with the message that clients show to people.</summary>
public sealed record Error(ErrorKind Kind, string Message);
