using Mirage.Domain.Profiles;

namespace Mirage.Tests.Domain.Profiles;

public sealed class WordsTests
{
    [TestCase("", 0)]
    [TestCase("   ", 0)]
    [TestCase("\t\n\r\n ", 0)]
    [TestCase("hello", 1)]
    [TestCase("hello world", 2)]
    [TestCase("  hello   world  ", 2)]
    [TestCase("one\ttwo\nthree\r\nfour", 4)]
    [TestCase("non\u00A0breaking", 2)]
    [TestCase("a-b_c.d!?", 1)]
    [TestCase("one\u001Ctwo\u001Fthree", 3)]
    public void Count_OfText_CountsRunsOfNonWhitespace(string text, int expected)
    {
        Assert.That(Words.Count(text), Is.EqualTo(expected));
    }

    [TestCase(500)]
    [TestCase(501)]
    public void Count_OfManyWords_CountsEveryOne(int words)
    {
        var text = string.Join(" ", Enumerable.Repeat("word", words));

        Assert.That(Words.Count(text), Is.EqualTo(words));
    }

    [Test]
    public void Count_MatchesSplittingOnWhitespace()
    {
        const string text = " The first\tbackend split\non whitespace,  so\r\nthis must agree. ";

        var split = text.Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries).Length;

        Assert.That(Words.Count(text), Is.EqualTo(split));
    }
}
