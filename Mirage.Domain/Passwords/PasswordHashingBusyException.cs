namespace Mirage.Domain.Passwords;

/// <summary>
/// A password hash could not start within the allowed wait: the machine is busy (password hashing
/// yields the CPU to other requests). Not a fault: the request is answered 429 with Retry-After, like
/// any other refusal of the hashing bound.
/// </summary>
public sealed class PasswordHashingBusyException(TimeSpan waited)
    : Exception($"A password hash waited {waited.TotalSeconds:0.0} s without starting.");
