using System.Globalization;
using System.Security.Cryptography;
using System.Text;

namespace Mirage.Infrastructure.Passwords;

/// <summary>
/// A hash written by Werkzeug's <c>generate_password_hash</c> (the first Mirage backend's accounts):
/// <c>method$salt$hex</c>, where the salt is used as its UTF-8 text and the hash is lowercase hex, as
/// Werkzeug's own <c>check_password_hash</c> reads them.
/// </summary>
public abstract class WerkzeugHash(byte[] salt, byte[] expected)
{
    // Werkzeug encodes strictly too: a password it could not encode can never have been hashed.
    private static readonly UTF8Encoding StrictUtf8 = new(encoderShouldEmitUTF8Identifier: false, throwOnInvalidBytes: true);

    /// <returns><c>null</c> when <paramref name="stored"/> is not a Werkzeug hash Mirage accepts (see docs/operations.md).</returns>
    public static WerkzeugHash? TryParse(string stored)
    {
        var parts = stored.Split('$');
        if (parts.Length != 3 || parts[1].Length == 0 || !IsLowercaseHex(parts[2]))
        {
            return null;
        }

        var method = parts[0].Split(':');
        var salt = Encoding.UTF8.GetBytes(parts[1]);
        var expected = Convert.FromHexString(parts[2]);
        return method[0] switch
        {
            "pbkdf2" => WerkzeugPbkdf2Hash.TryCreate(method[1..], salt, expected),
            "scrypt" => WerkzeugScryptHash.TryCreate(method[1..], salt, expected),
            _ => null,
        };
    }

    /// <summary>The kind the import report counts it as (<see cref="Mirage.Domain.Import.PasswordHashKinds"/>).</summary>
    public abstract string Kind { get; }

    /// <summary>Derives the password's hash and compares it in constant time.</summary>
    public bool Matches(string password)
    {
        byte[] passwordBytes;
        try
        {
            passwordBytes = StrictUtf8.GetBytes(password);
        }
        catch (EncoderFallbackException)
        {
            return false;
        }

        return CryptographicOperations.FixedTimeEquals(Derive(passwordBytes, salt, expected.Length), expected);
    }

    protected abstract byte[] Derive(byte[] password, byte[] salt, int length);

    /// <summary>Werkzeug's parameters are plain decimal numbers; a sign, spaces or digit groups are not accepted.</summary>
    protected static int? ParseCount(string text) =>
        int.TryParse(text, NumberStyles.None, CultureInfo.InvariantCulture, out var value) ? value : null;

    private static bool IsLowercaseHex(string text) =>
        text.Length > 0 && text.Length % 2 == 0 && text.All(c => char.IsAsciiDigit(c) || c is >= 'a' and <= 'f');
}
