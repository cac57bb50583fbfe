using Mirage.Domain.Import;
using Mirage.Domain.Votes;

namespace Mirage.Tests.Domain.Import;

public sealed class LegacyValuesTests
{
    [Test]
    public void ParseTimestamp_SqliteCurrentTimestamp_IsReadAsUtc()
    {
        var time = LegacyValues.ParseTimestamp("2026-12-01 23:18:37");

        Assert.That(time, Is.EqualTo(new DateTime(2026, 12, 1, 23, 18, 37, DateTimeKind.Utc)));
        Assert.That(time!.Value.Kind, Is.EqualTo(DateTimeKind.Utc));
    }

    [TestCase("yesterday")]
    [TestCase(null)]
    public void ParseTimestamp_NotATimestamp_IsNull(string? text) => Assert.That(LegacyValues.ParseTimestamp(text), Is.Null);

    [TestCase("https://i.pravatar.cc/150?u=rhea", true)]
    [TestCase("http://example.com/a.png", true)]
    [TestCase("javascript:alert(1)", false)]
    [TestCase("/static/avatar.png", false)]
    [TestCase("data:image/png;base64,AAAA", false)]
    public void IsWebUrl_OnlyHttpAndHttpsCount(string url, bool web) => Assert.That(LegacyValues.IsWebUrl(url), Is.EqualTo(web));

    [TestCase("up", VoteDirection.Up)]
    [TestCase("down", VoteDirection.Down)]
    [TestCase("sideways", null)]
    public void ParseVote_TheFirstBackendsVoteTypes(string voteType, VoteDirection? direction) =>
        Assert.That(LegacyValues.ParseVote(voteType), Is.EqualTo(direction));
}
