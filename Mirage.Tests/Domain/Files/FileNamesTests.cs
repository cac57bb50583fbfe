using Mirage.Domain.Files;

namespace Mirage.Tests.Domain.Files;

public sealed class FileNamesTests
{
    [TestCase("report.pdf", "report.pdf")]
    [TestCase("  spaced.txt  ", "spaced.txt")]
    [TestCase("a\0b.txt", "ab.txt")]
    [TestCase("x\r\nSet-Cookie: y", "xSet-Cookie: y")]
    [TestCase("../../etc/passwd", "../../etc/passwd")]
    [TestCase("\u0085next\u009Fline", "nextline")]
    public void Clean_DropsControlCharactersAndKeepsTheRest(string name, string expected) =>
        Assert.That(FileNames.Clean(name), Is.EqualTo(expected));

    [Test]
    public void Clean_CutsALongNameToTheLimit()
    {
        Assert.That(FileNames.Clean(new string('a', 10_000)), Has.Length.EqualTo(SharedFile.FileNameMaxLength));
    }

    [Test]
    public void Clean_NeverSplitsACharacterAtTheLimit()
    {
        var name = new string('a', SharedFile.FileNameMaxLength - 1) + "🎉";

        var cleaned = FileNames.Clean(name);

        Assert.That(cleaned, Is.EqualTo(new string('a', SharedFile.FileNameMaxLength - 1)));
    }
}
