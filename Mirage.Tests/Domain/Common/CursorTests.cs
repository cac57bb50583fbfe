using System.Buffers.Text;
using System.Text;
using Mirage.Domain.Common;

namespace Mirage.Tests.Domain.Common;

public sealed class CursorTests
{
    [TestCase(5, 7)]
    [TestCase(0, 0)]
    [TestCase(638_999_999_999_999_999, 123_456)]
    [TestCase(3_155_378_975_999_999_999, long.MaxValue)]
    public void TryDecode_OfAnEncodedCursor_ReturnsTheSamePosition(long key, long id)
    {
        var decoded = Cursor.TryDecode(new Cursor(key, id).Encode(), out var cursor);

        Assert.That(decoded, Is.True);
        Assert.That(cursor, Is.EqualTo(new Cursor(key, id)));
    }

    [TestCase(-3, 9)]
    [TestCase(long.MaxValue, 1)]
    public void TryDecode_OfAKeyNoTimestampOrIdCanHave_ReturnsFalse(long key, long id)
    {
        Assert.That(Cursor.TryDecode(new Cursor(key, id).Encode(), out _), Is.False);
    }

    [Test]
    public void Encode_IsUrlSafe()
    {
        var encoded = new Cursor(638_999_999_999_999_999, 123_456).Encode();

        Assert.That(encoded, Does.Match("^[A-Za-z0-9_-]+$"));
    }

    [TestCase(null)]
    [TestCase("")]
    [TestCase("not a cursor!")]
    [TestCase("%%%%")]
    public void TryDecode_OfNothingOrGarbage_ReturnsFalse(string? text)
    {
        Assert.That(Cursor.TryDecode(text, out var cursor), Is.False);
        Assert.That(cursor, Is.EqualTo(default(Cursor)));
    }

    [TestCase("5")]
    [TestCase("5.7.9")]
    [TestCase("a.b")]
    [TestCase("5.")]
    [TestCase(".7")]
    [TestCase("5.-7")]
    [TestCase("5.+7")]
    [TestCase("5.99999999999999999999")]
    public void TryDecode_OfBase64UrlThatIsNotAPosition_ReturnsFalse(string plain)
    {
        Assert.That(Cursor.TryDecode(Encoded(plain), out _), Is.False);
    }

    [Test]
    public void TryDecode_OfAnOverLongCursor_ReturnsFalse()
    {
        var overLong = Encoded(new string('0', 46) + "5.7");
        Assert.That(overLong, Has.Length.GreaterThan(64));

        Assert.That(Cursor.TryDecode(overLong, out _), Is.False);
    }

    private static string Encoded(string plain) => Base64Url.EncodeToString(Encoding.ASCII.GetBytes(plain));
}
