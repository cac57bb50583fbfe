using Mirage.Api.Votes;
using Mirage.Domain.Votes;

namespace Mirage.Tests.Api.Votes;

public sealed class VoteTypesTests
{
    [TestCase("up", VoteDirection.Up)]
    [TestCase("down", VoteDirection.Down)]
    public void Parse_OfTheContractsWords_ReturnsTheirDirection(string voteType, VoteDirection direction)
    {
        Assert.That(VoteTypes.Parse(voteType), Is.EqualTo(direction));
    }

    [TestCase("Down")]
    [TestCase(null)]
    public void Parse_OfAnythingElse_Throws(string? voteType)
    {
        Assert.That(() => VoteTypes.Parse(voteType), Throws.TypeOf<ArgumentOutOfRangeException>());
    }
}
