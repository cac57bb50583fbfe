using Mirage.Domain.Passwords;
using Mirage.Infrastructure.Passwords;

namespace Mirage.Tests.Infrastructure.Passwords;

/// <summary>
/// Hashes written by the first Mirage backend (copied from Data/Legacy/mirage-legacy-sample.sqlite) and by
/// Python's hashlib the way Werkzeug calls it, for the schemes the sample does not hold.
/// </summary>
public sealed class WerkzeugPasswordHasherTests
{
    private const string Alice = "pbkdf2:sha256:260000$g0ODP1cRXhKMv9aO$9c7cd77e5b24e316e9afa8dd930ee2c5090046e1957297726861c71b8f5ac8e5";
    private const string Rhea = "scrypt:32768:8:1$r6URrGmhOVrBXm70$db27e640b7ee5ef493a96fdb32d522ee520485dcde9bd868065d1ca663aef7f5d5428c10bf47941b675d910a406ecad4c42af52a7bba11d7a2d8af929943918d";
    private const string Zoe = "pbkdf2:sha256:260000$GwmSgvuKHNtWrWhw$5e7fa5aa8f1a3c99663f7358e1cd3471276999007a5c2ff3be2902c33e78bf30";
    private const string LegacyPbkdf2 = "pbkdf2:sha256:600000$WPdvKPSifYlmxgDY$151b859ec9cab636eded0b9dd5e65c2a31928565e676ae921f86e310588a2a00";

    private readonly WerkzeugPasswordHasher _hasher = new(new IdentityPasswordHasher(1_000));

    [TestCase(Alice, "alice123")]
    [TestCase(Zoe, "pässwörd✓")]
    [TestCase(LegacyPbkdf2, "Pbkdf2-Legacy-2023!")]
    [TestCase(Rhea, "rhea-pass-1")]
    [TestCase("pbkdf2:sha1:1000$NaCl1234$3f4e4451bb86d3529000dbb1e133578f2fa40a2b", "sha1 pw")]
    [TestCase("pbkdf2:sha384:1000$NaCl1234$5fe73787df66e9de4b6c57dc7fc1879a9be664c0a3c17b10908fe3555973f9aa354bedc5efa7df0d5c387a21e0dab60d", "sha384 pw")]
    [TestCase("pbkdf2:sha512:1000$NaCl1234$b39b0b0dd1253bcf6fd69f4dd4987124956fef8b0f4df4fda6bd9ba512573295d5318c9d26c176a7fab02f7b4d199552c094dba1cb76096f304e3322e8d458fb", "sha512 pw")]
    [TestCase("scrypt:1024:8:1$SmallN$f13b3ed9a7a6b1dbbc5cedea90d831bd4eadac89230716599756aa3202322e5624604874e1a9d8cfef2547c1a49f3c8e3a39a2a7ffb37d48c9103504d3eef44d", "small n")]
    public void Verify_WithAWerkzeugHashAndItsPassword_SucceedsAndAsksForIdentitysFormat(string hash, string password)
    {
        Assert.That(_hasher.Verify(hash, password), Is.EqualTo(PasswordCheck.SuccessRehashNeeded));
    }

    // Werkzeug fills in its defaults for these forms: sha256 at 1,000,000 iterations, and N=32768 r=8 p=1.
    [TestCase("pbkdf2:sha256$ShortForm$df2f5e329d3015c5e5c2a66678d2324093ee2a60e66a385c0c57ab0001e0269c", "short form")]
    [TestCase("scrypt$ShortScrypt$5751c18a4e28c1c0ffeebbf860f1c4a805108110f41fffe14a62e93e6cdabed3cbb46cff3c6458f9c7af547d63d2e0a95381e9c53c9a9a86387557a2dd9702ac", "short scrypt")]
    public void Verify_WithAWerkzeugShortFormAndItsPassword_Succeeds(string hash, string password)
    {
        Assert.That(_hasher.Verify(hash, password), Is.EqualTo(PasswordCheck.SuccessRehashNeeded));
    }

    [TestCase(Alice, "alice124")]
    [TestCase(Alice, "Alice123")]
    [TestCase(Alice, "")]
    [TestCase(Zoe, "pa\u0308sswo\u0308rd✓")]
    [TestCase(Rhea, "rhea-pass-1 ")]
    [TestCase(Rhea, "\ud800")]
    public void Verify_WithAWerkzeugHashAndAnotherPassword_Fails(string hash, string password)
    {
        Assert.That(_hasher.Verify(hash, password), Is.EqualTo(PasswordCheck.Failed));
    }

    [Test]
    public void Hash_MakesIdentitysFormat_WhichVerifiesWithoutARehash()
    {
        var hash = _hasher.Hash("alice123");

        Assert.That((hash.StartsWith("AQ", StringComparison.Ordinal), _hasher.Verify(hash, "alice123")), Is.EqualTo((true, PasswordCheck.Success)));
    }
}
