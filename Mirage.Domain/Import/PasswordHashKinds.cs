namespace Mirage.Domain.Import;

/// <summary>Names the kind of a legacy (Werkzeug) password hash for the report; the hash itself is stored unchanged.</summary>
public static class PasswordHashKinds
{
    public const string Pbkdf2 = "pbkdf2";
    public const string Scrypt = "scrypt";
    public const string Unknown = "unknown";

    /// <summary>Werkzeug writes <c>method$salt$hash</c>; the method names the kind.</summary>
    public static string Of(string hash)
    {
        var parts = hash.Split('$');
        if (parts.Length != 3 || parts[1].Length == 0 || parts[2].Length == 0)
        {
            return Unknown;
        }

        var method = parts[0].Split(':');
        return method switch
        {
            ["pbkdf2", "sha1" or "sha256" or "sha512", var iterations] when int.TryParse(iterations, out var n) && n > 0 => Pbkdf2,
            ["scrypt", var n, var r, var p] when int.TryParse(n, out _) && int.TryParse(r, out _) && int.TryParse(p, out _) => Scrypt,
            _ => Unknown,
        };
    }
}
