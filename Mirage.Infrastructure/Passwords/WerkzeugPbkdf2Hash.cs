using System.Security.Cryptography;
using Mirage.Domain.Import;

namespace Mirage.Infrastructure.Passwords;

/// <summary>
/// Werkzeug's <c>pbkdf2:&lt;hash&gt;:&lt;iterations&gt;</c>, and the short forms its <c>check_password_hash</c>
/// also reads (<c>pbkdf2</c>, <c>pbkdf2:&lt;hash&gt;</c>), which mean sha256 and Werkzeug's current default count.
/// </summary>
public sealed class WerkzeugPbkdf2Hash : WerkzeugHash
{
    /// <summary>Werkzeug 3.1's <c>DEFAULT_PBKDF2_ITERATIONS</c>, which it fills in for a short form.</summary>
    public const int DefaultIterations = 1_000_000;

    /// <summary>
    /// A stored hash asking for more is refused unchecked, so a crafted row cannot hold a hashing thread for
    /// long; twice Werkzeug's highest default (1,000,000) admits every hash Werkzeug has written by default.
    /// </summary>
    public const int MaxIterations = 2_000_000;

    private readonly HashAlgorithmName _algorithm;
    private readonly int _iterations;

    private WerkzeugPbkdf2Hash(HashAlgorithmName algorithm, int iterations, byte[] salt, byte[] expected)
        : base(salt, expected)
    {
        _algorithm = algorithm;
        _iterations = iterations;
    }

    /// <param name="arguments">What followed <c>pbkdf2:</c>: none, the hash name, or the hash name and iterations.</param>
    /// <param name="salt">The salt's UTF-8 bytes.</param>
    /// <param name="expected">The stored hash, from its hex.</param>
    /// <returns><c>null</c> when the parameters are not Werkzeug's or exceed Mirage's caps.</returns>
    internal static WerkzeugPbkdf2Hash? TryCreate(string[] arguments, byte[] salt, byte[] expected)
    {
        var (name, iterations) = arguments switch
        {
            [] => ("sha256", DefaultIterations),
            [var hash] => (hash, DefaultIterations),
            [var hash, var count] => (hash, ParseCount(count)),
            _ => (string.Empty, null),
        };
        (HashAlgorithmName Algorithm, int DigestLength)? digest = name switch
        {
            "sha1" => (HashAlgorithmName.SHA1, 20),
            "sha256" => (HashAlgorithmName.SHA256, 32),
            "sha384" => (HashAlgorithmName.SHA384, 48),
            "sha512" => (HashAlgorithmName.SHA512, 64),
            _ => null,
        };

        // Werkzeug keeps the digest's own length, so any other length is not a hash it wrote.
        return digest is { } known && iterations is >= 1 and <= MaxIterations && expected.Length == known.DigestLength
            ? new WerkzeugPbkdf2Hash(known.Algorithm, iterations.Value, salt, expected)
            : null;
    }

    public override string Kind => PasswordHashKinds.Pbkdf2;

    protected override byte[] Derive(byte[] password, byte[] salt, int length) =>
        Rfc2898DeriveBytes.Pbkdf2(password, salt, _iterations, _algorithm, length);
}
