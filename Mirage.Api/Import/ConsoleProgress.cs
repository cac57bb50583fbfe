using System.Diagnostics;
using Mirage.Domain.Import;

namespace Mirage.Api.Import;

/// <summary>Progress per table: a live line with rows and rows/s on a terminal, one plain line per table when redirected.</summary>
public sealed class ConsoleProgress(TextWriter output, bool interactive) : IImportProgress
{
    private readonly Stopwatch _clock = new();

    public void Started(string table)
    {
        _clock.Restart();
        if (!interactive)
        {
            output.WriteLine($"{table}: reading");
        }
    }

    public void Advanced(string table, long rowsRead)
    {
        if (interactive)
        {
            output.Write($"\r{table}: {rowsRead:N0} rows, {Rate(rowsRead):N0} rows/s   ");
        }
    }

    public void Finished(string table, TableCounts counts)
    {
        var line = $"{table}: {counts.Read:N0} read, {counts.Imported:N0} imported, {counts.Skipped.Values.Sum():N0} skipped"
            + $" in {_clock.Elapsed.TotalSeconds:N1} s ({Rate(counts.Read):N0} rows/s)";
        output.WriteLine(interactive ? "\r" + line + "   " : line);
    }

    private double Rate(long rows) => rows / Math.Max(_clock.Elapsed.TotalSeconds, 0.001);
}
