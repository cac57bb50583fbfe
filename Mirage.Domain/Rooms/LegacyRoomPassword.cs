using System.Security.Cryptography;
using System.Text;
using Mirage.Domain.Passwords;

namespace Mirage.Domain.Rooms;

/// <summary>
/// A private room's password as the first Mirage backend kept it: the unsalted SHA-256 of the password it
/// had stripped of surrounding spaces, which the importer stores as <c>sha256:</c> and the lowercase hex.
/// Such a hash is accepted only until the first correct join replaces it with a slow, salted one.
/// </summary>
public static class LegacyRoomPassword
{
    /// <summary>Marks an imported hash; Identity's hashes are base64 and never contain a colon.</summary>
    public const string Prefix = "sha256:";

    private const int HexLength = 64;

    private static readonly UTF8Encoding StrictUtf8 = new(encoderShouldEmitUTF8Identifier: false, throwOnInvalidBytes: true);

    public static bool IsLegacy(string passwordHash) => passwordHash.StartsWith(Prefix, StringComparison.Ordinal);

    /// <summary>The stored form of the first backend's hex digest, or <c>null</c> when it is not one.</summary>
    public static string? FromLegacyDigest(string? hex) =>
        hex is { Length: HexLength } && hex.All(Uri.IsHexDigit) ? Prefix + hex.ToLowerInvariant() : null;

    /// <summary>What the first backend hashed and compared: the password stripped of surrounding spaces.</summary>
    public static string Effective(string password) => password.Trim();

    /// <returns><see cref="PasswordCheck.SuccessRehashNeeded"/> when it matches (compared in constant time), else failed.</returns>
    public static PasswordCheck Verify(string passwordHash, string password)
    {
        var hex = passwordHash[Prefix.Length..];
        if (hex.Length != HexLength || !hex.All(c => char.IsAsciiDigit(c) || c is >= 'a' and <= 'f'))
        {
            return PasswordCheck.Failed;
        }

        byte[] actual;
        try
        {
            actual = SHA256.HashData(StrictUtf8.GetBytes(Effective(password)));
        }
        catch (EncoderFallbackException)
        {
            return PasswordCheck.Failed;
        }

        return CryptographicOperations.FixedTimeEquals(actual, Convert.FromHexString(hex)) ? PasswordCheck.SuccessRehashNeeded : PasswordCheck.Failed;
    }
}
