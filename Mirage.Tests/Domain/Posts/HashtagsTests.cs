using Mirage.Domain.Posts;

namespace Mirage.Tests.Domain.Posts;

public sealed class HashtagsTests
{
    [Test]
    public void In_WithRepeatedAndUnicodeTags_ReturnsEachTagOnceLowerCasedWithoutTheHash()
    {
        Assert.That(Hashtags.In("#Hello #hello #wörld #a_b1 #"), Is.EqualTo(new[] { "hello", "wörld", "a_b1" }));
    }

    [TestCase("")]
    [TestCase("no tags here")]
    [TestCase("# alone, and ## twice")]
    public void In_WithoutTags_ReturnsNothing(string text)
    {
        Assert.That(Hashtags.In(text), Is.Empty);
    }

    [Test]
    public void In_WithPunctuationAfterATag_EndsTheTagThere()
    {
        Assert.That(Hashtags.In("#tag, then #next. and #last!"), Is.EqualTo(new[] { "tag", "next", "last" }));
    }

    [Test]
    public void In_WithTagOfTheStoredMaximumLength_KeepsIt()
    {
        var tag = new string('a', PostHashtag.TagMaxLength);

        Assert.That(Hashtags.In("#" + tag), Is.EqualTo(new[] { tag }));
    }

    [Test]
    public void In_WithTagLongerThanCanBeStored_LeavesItOut()
    {
        Assert.That(Hashtags.In("#" + new string('a', PostHashtag.TagMaxLength + 1) + " #ok"), Is.EqualTo(new[] { "ok" }));
    }
}
