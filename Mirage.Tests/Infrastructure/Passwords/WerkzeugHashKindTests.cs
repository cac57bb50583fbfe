using Mirage.Domain.Import;
using Mirage.Infrastructure.Passwords;

namespace Mirage.Tests.Infrastructure.Passwords;

/// <summary>
/// The import report names a hash's kind with the parser that verifies it at login: a hash it counts as pbkdf2 or
/// scrypt can sign in, and one login always refuses is counted unknown (and its account listed).
/// </summary>
public sealed class WerkzeugHashKindTests
{
    private const string Hex32 = "9c7cd77e5b24e316e9afa8dd930ee2c5090046e1957297726861c71b8f5ac8e5";
    private const string Hex48 = Hex32 + "0123456789abcdef0123456789abcdef";
    private const string Hex64 = Hex32 + Hex32;

    [TestCase("pbkdf2:sha256:260000$salt$" + Hex32, PasswordHashKinds.Pbkdf2)]
    [TestCase("pbkdf2:sha1:1000$s$9c7cd77e5b24e316e9afa8dd930ee2c5090046e1", PasswordHashKinds.Pbkdf2)]
    [TestCase("pbkdf2:sha512:600000$s$" + Hex64, PasswordHashKinds.Pbkdf2)]
    [TestCase("pbkdf2:sha384:600000$s$" + Hex48, PasswordHashKinds.Pbkdf2)]
    [TestCase("pbkdf2$salt$" + Hex32, PasswordHashKinds.Pbkdf2)]
    [TestCase("pbkdf2:sha256$salt$" + Hex32, PasswordHashKinds.Pbkdf2)]
    [TestCase("scrypt:32768:8:1$salt$" + Hex64, PasswordHashKinds.Scrypt)]
    [TestCase("scrypt$salt$" + Hex64, PasswordHashKinds.Scrypt)]
    public void Kind_OfAHashLoginAccepts_NamesItsMethod(string stored, string kind) =>
        Assert.That(WerkzeugHash.TryParse(stored)?.Kind, Is.EqualTo(kind));

    [TestCase("pbkdf2:sha256:2000001$salt$" + Hex32)]
    [TestCase("pbkdf2:sha256:260000$salt$ab")]
    [TestCase("pbkdf2:sha256:260000$salt$" + Hex64)]
    [TestCase("scrypt:131072:8:1$salt$" + Hex64)]
    [TestCase("scrypt:32768:8:1$salt$" + Hex32)]
    [TestCase("pbkdf2:md5:1000$s$" + Hex32)]
    [TestCase("sha256$salt$" + Hex32)]
    [TestCase("plain-text-password")]
    [TestCase("")]
    public void TryParse_OfAHashLoginAlwaysRefuses_GivesNothing_SoTheReportCountsItUnknown(string stored) =>
        Assert.That(WerkzeugHash.TryParse(stored), Is.Null);
}
