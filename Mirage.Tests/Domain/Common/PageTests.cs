using Mirage.Domain.Common;

namespace Mirage.Tests.Domain.Common;

public sealed class PageTests
{
    [Test]
    public void From_WithLimitPlusOneRows_KeepsTheLimitAndPointsNextAtTheLastKept()
    {
        var page = Page<long>.From([30, 20, 10], 2, id => new Cursor(id * 100, id));

        Assert.That(page.Items, Is.EqualTo(new[] { 30L, 20L }));
        Assert.That(page.Next, Is.EqualTo(new Cursor(2000, 20)));
    }

    [Test]
    public void From_WithExactlyLimitRows_KeepsThemAllWithoutNext()
    {
        var page = Page<long>.From([30, 20], 2, id => new Cursor(id, id));

        Assert.That(page.Items, Is.EqualTo(new[] { 30L, 20L }));
        Assert.That(page.Next, Is.Null);
    }

    [Test]
    public void From_WithNoRows_IsEmptyWithoutNext()
    {
        var page = Page<long>.From([], 20, id => new Cursor(id, id));

        Assert.That(page.Items, Is.Empty);
        Assert.That(page.Next, Is.Null);
    }
}
