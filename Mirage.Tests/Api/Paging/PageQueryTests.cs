using Mirage.Api.Paging;
using Mirage.Domain.Common;

namespace Mirage.Tests.Api.Paging;

public sealed class PageQueryTests
{
    [Test]
    public void ToPageRequest_WithNothingGiven_IsTheFirstPageOfAHundred()
    {
        Assert.That(new PageQuery().ToPageRequest(), Is.EqualTo(new PageRequest(100, null)));
    }

    [Test]
    public void ToPageRequest_WithLimitAndCursor_ContinuesAfterThePosition()
    {
        var query = new PageQuery { Limit = 5, Cursor = new Cursor(638_000_000_000_000_000, 7).Encode() };

        Assert.That(query.ToPageRequest(), Is.EqualTo(new PageRequest(5, new Cursor(638_000_000_000_000_000, 7))));
    }
}
