using Mirage.Domain.Import;

namespace Mirage.Tests.Domain.Import;

public sealed class PasswordHashKindsTests
{
    [TestCase("pbkdf2:sha256:260000$salt$abcdef", "pbkdf2")]
    [TestCase("pbkdf2:sha1:1000$s$ab", "pbkdf2")]
    [TestCase("pbkdf2:sha512:600000$s$ab", "pbkdf2")]
    [TestCase("scrypt:32768:8:1$salt$abcdef", "scrypt")]
    [TestCase("sha256$salt$abcdef", "unknown")]
    [TestCase("pbkdf2:md5:1000$s$ab", "unknown")]
    [TestCase("plain-text-password", "unknown")]
    [TestCase("", "unknown")]
    public void Of_WerkzeugHash_NamesItsKind(string hash, string kind) => Assert.That(PasswordHashKinds.Of(hash), Is.EqualTo(kind));
}
