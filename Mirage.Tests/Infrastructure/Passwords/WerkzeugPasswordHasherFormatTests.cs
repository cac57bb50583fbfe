using System.Diagnostics;
using Mirage.Domain.Passwords;
using Mirage.Infrastructure.Passwords;

namespace Mirage.Tests.Infrastructure.Passwords;

/// <summary>Stored hashes Mirage does not accept: each refuses every password, quickly, and never throws.</summary>
public sealed class WerkzeugPasswordHasherFormatTests
{
    private const string Password = "alice123";
    private const string Hex32 = "9c7cd77e5b24e316e9afa8dd930ee2c5090046e1957297726861c71b8f5ac8e5";
    private const string Hex64 = Hex32 + Hex32;

    private readonly WerkzeugPasswordHasher _hasher = new(new IdentityPasswordHasher(1_000));

    [TestCase("")]
    [TestCase("$$")]
    [TestCase("not a hash")]
    [TestCase("plain$$alice123")]
    [TestCase("sha256$g0ODP1cRXhKMv9aO$" + Hex32)]
    [TestCase("pbkdf2:md5:1000$salt$0123456789abcdef0123456789abcdef")]
    [TestCase("pbkdf2:sha256:260000$$" + Hex32)]
    [TestCase("pbkdf2:sha256:260000$salt$" + "9C7CD77E5B24E316E9AFA8DD930EE2C5090046E1957297726861C71B8F5AC8E5")]
    [TestCase("pbkdf2:sha256:260000$salt$" + "9c7")]
    [TestCase("pbkdf2:sha256:260000$salt$" + Hex64)]
    [TestCase("pbkdf2:sha256:260000$salt$" + Hex32 + "$extra")]
    [TestCase("pbkdf2:sha256:0$salt$" + Hex32)]
    [TestCase("pbkdf2:sha256:-1$salt$" + Hex32)]
    [TestCase("pbkdf2:sha256: 1000$salt$" + Hex32)]
    [TestCase("pbkdf2:sha256:1_000$salt$" + Hex32)]
    [TestCase("pbkdf2:sha256:1000:1$salt$" + Hex32)]
    [TestCase("scrypt:32768:8$salt$" + Hex64)]
    [TestCase("scrypt:1000:8:1$salt$" + Hex64)]
    [TestCase("scrypt:32768:8:1$salt$" + Hex32)]
    [TestCase("scrypt:32768:0:1$salt$" + Hex64)]
    [TestCase("AQAAAAIAA9CQAAAAEA==")]
    public void Verify_WithAnUnknownOrMalformedHash_FailsWithoutThrowing(string hash)
    {
        Assert.That(_hasher.Verify(hash, Password), Is.EqualTo(PasswordCheck.Failed));
    }

    // Each would take minutes or gigabytes if computed; refused before any hashing.
    [TestCase("pbkdf2:sha256:2147483647$salt$" + Hex32)]
    [TestCase("pbkdf2:sha512:2000001$salt$" + Hex64)]
    [TestCase("pbkdf2:sha256:99999999999999999999$salt$" + Hex32)]
    [TestCase("scrypt:1073741824:8:1$salt$" + Hex64)]
    [TestCase("scrypt:131072:8:1$salt$" + Hex64)]
    [TestCase("scrypt:32768:1024:1$salt$" + Hex64)]
    [TestCase("scrypt:32768:8:1000000$salt$" + Hex64)]
    [TestCase("scrypt:2:2147483647:2147483647$salt$" + Hex64)]
    public void Verify_WithHostileParameters_FailsAtOnce(string hash)
    {
        var clock = Stopwatch.StartNew();

        var check = _hasher.Verify(hash, Password);

        Assert.That((check, clock.Elapsed < TimeSpan.FromMilliseconds(500)), Is.EqualTo((PasswordCheck.Failed, true)));
    }
}
