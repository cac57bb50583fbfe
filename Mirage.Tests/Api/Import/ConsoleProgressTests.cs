using Mirage.Api.Import;
using Mirage.Domain.Import;

namespace Mirage.Tests.Api.Import;

/// <summary>What an operator watching the import sees: a live rows and rows/s line on a terminal, plain lines in a log.</summary>
public sealed class ConsoleProgressTests
{
    [Test]
    public void OnATerminal_EachAdvanceRewritesOneLineWithRowsAndRate_AndTheEndReplacesIt()
    {
        var output = new StringWriter();
        var progress = new ConsoleProgress(output, interactive: true);

        progress.Started("posts");
        progress.Advanced("posts", 10_000);
        progress.Advanced("posts", 20_000);
        progress.Finished("posts", Counts(read: 20_000, imported: 19_999));

        var text = output.ToString();
        Assert.That(text, Does.Match(@"^\rposts: 10,000 rows, [\d,]+ rows/s   \rposts: 20,000 rows, [\d,]+ rows/s   \r"));
        Assert.That(text, Does.Contain("posts: 20,000 read, 19,999 imported, 1 skipped in "));
        Assert.That(text.Count(c => c == '\n'), Is.EqualTo(1), "one finished line, not one line per advance");
    }

    [Test]
    public void Redirected_PrintsPlainLinesOnly_OneWhenATableStartsAndOneWhenItEnds()
    {
        var output = new StringWriter();
        var progress = new ConsoleProgress(output, interactive: false);

        progress.Started("users");
        progress.Advanced("users", 10_000);
        progress.Finished("users", Counts(read: 10_000, imported: 10_000));

        var lines = output.ToString().Split(Environment.NewLine, StringSplitOptions.RemoveEmptyEntries);
        Assert.That(lines, Has.Length.EqualTo(2));
        Assert.That(lines[0], Is.EqualTo("users: reading"));
        Assert.That(lines[1], Does.StartWith("users: 10,000 read, 10,000 imported, 0 skipped in ").And.EndWith(" rows/s)"));
        Assert.That(output.ToString(), Does.Not.Contain("\r"));
    }

    private static TableCounts Counts(int read, int imported)
    {
        var counts = new TableCounts();
        for (var i = 0; i < read; i++)
        {
            counts.CountRead();
            if (i < imported)
            {
                counts.CountImported();
            }
            else
            {
                counts.Skip("post missing");
            }
        }

        return counts;
    }
}
