using System.Numerics;
using Mirage.Domain.Import;
using Org.BouncyCastle.Crypto.Generators;

namespace Mirage.Infrastructure.Passwords;

/// <summary>
/// Werkzeug's <c>scrypt:&lt;N&gt;:&lt;r&gt;:&lt;p&gt;</c> (a 64-byte key), and the short form <c>scrypt</c>, which means
/// N=32768, r=8, p=1 in every Werkzeug that has scrypt. Computed by BouncyCastle.
/// </summary>
public sealed class WerkzeugScryptHash : WerkzeugHash
{
    /// <summary>Werkzeug's key length (<c>hashlib.scrypt</c>'s default).</summary>
    public const int KeyLength = 64;

    /// <summary>
    /// The memory one check may take (128·N·r bytes): twice Werkzeug's default of 32 MiB, so a crafted row
    /// cannot make a hashing thread allocate gigabytes.
    /// </summary>
    public const long MaxMemoryBytes = 64L * 1024 * 1024;

    /// <summary>The work one check may take (N·r·p): four times Werkzeug's default (32768·8·1).</summary>
    public const long MaxWork = 4L * 32768 * 8;

    private const int DefaultN = 32768;
    private const int DefaultR = 8;
    private const int DefaultP = 1;

    private readonly int _n;
    private readonly int _r;
    private readonly int _p;

    private WerkzeugScryptHash(int n, int r, int p, byte[] salt, byte[] expected)
        : base(salt, expected)
    {
        _n = n;
        _r = r;
        _p = p;
    }

    /// <param name="arguments">What followed <c>scrypt:</c>: none, or N, r and p.</param>
    /// <param name="salt">The salt's UTF-8 bytes.</param>
    /// <param name="expected">The stored hash, from its hex.</param>
    /// <returns><c>null</c> when the parameters are not Werkzeug's or exceed Mirage's caps.</returns>
    internal static WerkzeugScryptHash? TryCreate(string[] arguments, byte[] salt, byte[] expected)
    {
        var (n, r, p) = arguments switch
        {
            [] => (DefaultN, DefaultR, DefaultP),
            [var nText, var rText, var pText] => (ParseCount(nText), ParseCount(rText), ParseCount(pText)),
            _ => ((int?)null, (int?)null, (int?)null),
        };
        return n is > 1 && BitOperations.IsPow2(n.Value) && r is >= 1 && p is >= 1 && expected.Length == KeyLength
            && 128L * n.Value * r.Value <= MaxMemoryBytes && (long)n.Value * r.Value * p.Value <= MaxWork
            ? new WerkzeugScryptHash(n.Value, r.Value, p.Value, salt, expected)
            : null;
    }

    public override string Kind => PasswordHashKinds.Scrypt;

    protected override byte[] Derive(byte[] password, byte[] salt, int length) => SCrypt.Generate(password, salt, _n, _r, _p, length);
}
