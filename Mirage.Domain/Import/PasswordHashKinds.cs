namespace Mirage.Domain.Import;

/// <summary>
/// The kinds of legacy (Werkzeug) password hash the import report counts. Which kind a stored hash is, is decided by
/// the same parser that verifies it at login, so the report never calls a hash usable that refuses every password.
/// </summary>
public static class PasswordHashKinds
{
    public const string Pbkdf2 = "pbkdf2";
    public const string Scrypt = "scrypt";

    /// <summary>A hash no login can ever match: its account is imported, refuses every password, and is listed.</summary>
    public const string Unknown = "unknown";
}
