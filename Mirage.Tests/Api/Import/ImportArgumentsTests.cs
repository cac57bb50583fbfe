using Mirage.Api.Import;
using Mirage.Domain.Import;

namespace Mirage.Tests.Api.Import;

public sealed class ImportArgumentsTests
{
    [Test]
    public void Parse_EveryOption_FillsTheImportOptions()
    {
        var arguments = ImportArguments.Parse(
            ["import-legacy", "db.sqlite", "--messages", "messages.txt", "--report", "out.json", "--keep-sessions", "--dry-run"]);

        Assert.That(arguments.Options, Is.EqualTo(new ImportOptions("db.sqlite", "messages.txt", KeepSessions: true, DryRun: true)));
        Assert.That(arguments.ReportPath, Is.EqualTo("out.json"));
        Assert.That(arguments.Problem, Is.Null);
    }

    [Test]
    public void Parse_DatabaseOnly_KeepsNoSessionsByDefault() =>
        Assert.That(ImportArguments.Parse(["import-legacy", "db.sqlite"]).Options, Is.EqualTo(new ImportOptions("db.sqlite")));

    [TestCase(new[] { "import-legacy" }, "Name the first backend's database file.")]
    [TestCase(new[] { "import-legacy", "db.sqlite", "--messages" }, "--messages needs a file name.")]
    [TestCase(new[] { "import-legacy", "db.sqlite", "--force" }, "Unknown option --force.")]
    [TestCase(new[] { "import-legacy", "a.sqlite", "b.sqlite" }, "Only one database can be imported; b.sqlite is one too many.")]
    public void Parse_BadCommandLine_SaysWhatIsWrong(string[] args, string problem) =>
        Assert.That(ImportArguments.Parse(args).Problem, Is.EqualTo(problem));

    [Test]
    public void Parse_Help_AsksForTheUsage() => Assert.That(ImportArguments.Parse(["import-legacy", "--help"]).Help, Is.True);

    [TestCase(new[] { "import-legacy", "x" }, true)]
    [TestCase(new[] { "--urls", "http://localhost" }, false)]
    [TestCase(new string[0], false)]
    public void IsRequested_OnlyWhenTheFirstArgumentIsTheCommand(string[] args, bool requested) =>
        Assert.That(ImportArguments.IsRequested(args), Is.EqualTo(requested));
}
