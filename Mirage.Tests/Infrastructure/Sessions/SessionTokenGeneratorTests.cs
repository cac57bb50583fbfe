using System.Buffers.Text;
using Mirage.Infrastructure.Sessions;

namespace Mirage.Tests.Infrastructure.Sessions;

public sealed class SessionTokenGeneratorTests
{
    private readonly SessionTokenGenerator _generator = new();

    [Test]
    public void NewToken_IsBase64UrlOf256RandomBits()
    {
        var token = _generator.NewToken();

        using (Assert.EnterMultipleScope())
        {
            Assert.That(token, Does.Match("^[A-Za-z0-9_-]+$"));
            Assert.That(token, Has.Length.GreaterThanOrEqualTo(43));
            Assert.That(Base64Url.DecodeFromChars(token), Has.Length.EqualTo(32));
        }
    }

    [Test]
    public void NewToken_CalledManyTimes_NeverRepeats()
    {
        var tokens = Enumerable.Range(0, 1_000).Select(_ => _generator.NewToken());

        Assert.That(tokens, Is.Unique);
    }

    [Test]
    public void Hash_IsSha256InLowerCaseHex()
    {
        Assert.That(_generator.Hash("abc"), Is.EqualTo("ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad"));
    }

    [Test]
    public void Hash_OfAToken_Is64HexCharactersAndNotTheToken()
    {
        var token = _generator.NewToken();

        var hash = _generator.Hash(token);

        using (Assert.EnterMultipleScope())
        {
            Assert.That(hash, Does.Match("^[0-9a-f]{64}$"));
            Assert.That(hash, Is.Not.EqualTo(token));
        }
    }

    [Test]
    public void Hash_OfOneTokenTwice_IsTheSame()
    {
        var token = _generator.NewToken();
        var first = _generator.Hash(token);

        var second = _generator.Hash(token);

        Assert.That(second, Is.EqualTo(first));
    }

    [Test]
    public void Hash_OfDifferentTokens_Differs()
    {
        var first = _generator.Hash(_generator.NewToken());

        var second = _generator.Hash(_generator.NewToken());

        Assert.That(second, Is.Not.EqualTo(first));
    }
}
