using Mirage.Api.ListCache;

namespace Mirage.Tests.Api.ListCache;

/// <summary>A read that began before a change it may have missed must not keep its answer.</summary>
public sealed class ListCacheVersionsTests
{
    private readonly ListCacheVersions _versions = new();

    [Test]
    public void Moved_WithNoChangeSinceTheReadBegan_IsFalse()
    {
        var snapshot = _versions.Take(ListCacheTags.PostsOf("ann"));

        Assert.That(_versions.Moved(snapshot), Is.False);
    }

    [Test]
    public void Moved_AfterTheReadsListChanged_IsTrue()
    {
        var snapshot = _versions.Take(ListCacheTags.PostsOf("ann"));

        _versions.Raise(ListCacheTags.PostsOf("ann"));

        Assert.That(_versions.Moved(snapshot), Is.True);
    }

    [Test]
    public void Moved_AfterAChangeToEveryList_IsTrueForAnyRead()
    {
        var snapshots = new[] { _versions.Take(ListCacheTags.PostsOf("ann")), _versions.Take(ListCacheTags.RepliesTo(7)), _versions.Take(ListCacheTags.FollowersOf("bob")) };

        _versions.Raise(ListCacheTags.All);

        Assert.That(snapshots.Select(_versions.Moved), Has.All.True);
    }

    [Test]
    public void Take_AfterAChange_SeesTheNewCounter()
    {
        _versions.Raise(ListCacheTags.FollowingOf("ann"));

        var snapshot = _versions.Take(ListCacheTags.FollowingOf("ann"));

        Assert.That(_versions.Moved(snapshot), Is.False);
    }

    [TestCase("7", "replies:7")]
    [TestCase("007", "replies:7")]
    [TestCase("not a number", ListCacheTags.All)]
    public void ForRoutePostId_NamesThePostTheRouteReads(string routeValue, string tag)
    {
        Assert.That(ListCacheTags.ForRoutePostId(routeValue), Is.EqualTo(tag));
    }
}
