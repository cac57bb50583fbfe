using Mirage.Domain.Import;
using Mirage.Domain.Users;

namespace Mirage.Tests.Domain.Import;

public sealed class UniqueNamesTests
{
    private static Dictionary<long, (string Name, string? Reason)> Assign(params (long Id, string Name)[] rows) =>
        UniqueNames.Assign(rows, LegacyUsernames.Clean, User.NormalizeUsername, User.UsernameMaxLength);

    [Test]
    public void Assign_NamesDifferingOnlyInCase_OlderAccountKeepsTheNameNewerGetsSuffix()
    {
        var names = Assign((17, "kai"), (16, "Kai"));

        Assert.That(names[16], Is.EqualTo(("Kai", (string?)null)));
        Assert.That(names[17].Name, Is.EqualTo("kai_2"));
        Assert.That(names[17].Reason, Does.Contain("older account"));
    }

    [Test]
    public void Assign_SuffixTakenByAnotherAccount_PicksTheNextFreeOneAndLeavesTheOwnerAlone()
    {
        var names = Assign((1, "kai"), (2, "KAI"), (3, "kai_2"));

        Assert.That(names[1].Name, Is.EqualTo("kai"));
        Assert.That(names[3].Name, Is.EqualTo("kai_2"));
        Assert.That(names[2].Name, Is.EqualTo("KAI_3"));
    }

    [Test]
    public void Assign_NameThatCannotBeAPathSegment_IsCleanedAndReported()
    {
        var names = Assign((1, "a/b?c"), (2, ".."));

        Assert.That(names[1].Name, Is.EqualTo("a_b_c"));
        Assert.That(names[1].Reason, Does.Contain("URL path"));
        Assert.That(names[2].Name, Is.EqualTo("user"));
    }

    [TestCase("zoë")]
    [TestCase("dot.name")]
    [TestCase("hy-phen")]
    [TestCase("CamelCase")]
    public void Assign_UnusualButPathSafeName_IsKept(string username) =>
        Assert.That(Assign((1, username))[1], Is.EqualTo((username, (string?)null)));

    [Test]
    public void Assign_TooLongName_IsCutToMiragesLimit()
    {
        var names = Assign((1, new string('a', 40)), (2, new string('a', 32)));

        Assert.That(names[2].Name, Has.Length.EqualTo(32));
        Assert.That(names[1].Name, Has.Length.EqualTo(32).And.EndsWith("_2"));
    }

    [Test]
    public void Assign_SameInputTwice_GivesTheSameNames() =>
        Assert.That(Assign((2, "Ann"), (1, "ann"), (3, "ANN")), Is.EqualTo(Assign((3, "ANN"), (1, "ann"), (2, "Ann"))));
}
