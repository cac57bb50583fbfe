using System.Text;
using Mirage.Domain.Files;

namespace Mirage.Tests.Domain.Files;

public sealed class ContentSnifferTests
{
    [TestCase(new byte[] { 0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A, 0x1A, 0x0A, 0xFF }, "image/png")]
    [TestCase(new byte[] { 0xFF, 0xD8, 0xFF, 0xDB }, "image/jpeg")]
    [TestCase(new byte[] { 0x47, 0x49, 0x46, 0x38, 0x37, 0x61 }, "image/gif")]
    [TestCase(new byte[] { 0x52, 0x49, 0x46, 0x46, 0, 0, 0, 0, 0x57, 0x45, 0x42, 0x50 }, "image/webp")]
    [TestCase(new byte[] { 0x52, 0x49, 0x46, 0x46, 0, 0, 0, 0, 0x57, 0x41, 0x56, 0x45 }, ContentSniffer.Binary)]
    [TestCase(new byte[] { 0x25, 0x50, 0x44, 0x46, 0x2D }, "application/pdf")]
    [TestCase(new byte[] { 0x89, 0x50, 0x4E }, ContentSniffer.Binary)]
    public void Finish_TellsTheKindFromItsMagicNumber(byte[] bytes, string expected) =>
        Assert.That(Sniff(bytes), Is.EqualTo(expected));

    [TestCase("plain words\r\n\twith tabs")]
    [TestCase("émoji 🎉 and 日本語")]
    [TestCase("<html><script>alert(1)</script></html>")]
    [TestCase("")]
    public void Finish_CallsValidUtf8WithoutControlCharactersText(string text) =>
        Assert.That(Sniff(Encoding.UTF8.GetBytes(text)), Is.EqualTo(ContentSniffer.PlainText));

    [TestCase(new byte[] { 0x68, 0x00, 0x69 })]
    [TestCase(new byte[] { 0x68, 0x1B, 0x5B })]
    [TestCase(new byte[] { 0x68, 0xC3 })]
    [TestCase(new byte[] { 0xC0, 0xAF })]
    [TestCase(new byte[] { 0x7F })]
    public void Finish_CallsAnythingWithControlsOrBadUtf8Binary(byte[] bytes) =>
        Assert.That(Sniff(bytes), Is.EqualTo(ContentSniffer.Binary));

    [Test]
    public void Append_ACharacterSplitAcrossReads_IsStillText()
    {
        var bytes = Encoding.UTF8.GetBytes("a🎉b");
        var sniffer = new ContentSniffer();

        foreach (var b in bytes)
        {
            sniffer.Append([b]);
        }

        Assert.That(sniffer.Finish(), Is.EqualTo(ContentSniffer.PlainText));
    }

    [Test]
    public void Append_AMagicNumberSplitAcrossReads_IsStillRecognised()
    {
        var sniffer = new ContentSniffer();

        sniffer.Append([0x25, 0x50]);
        sniffer.Append([0x44, 0x46, 0x2D, 0x31]);

        Assert.That(sniffer.Finish(), Is.EqualTo("application/pdf"));
    }

    private static string Sniff(byte[] bytes)
    {
        var sniffer = new ContentSniffer();
        sniffer.Append(bytes);
        return sniffer.Finish();
    }
}
