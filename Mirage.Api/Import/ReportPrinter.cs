using Mirage.Domain.Import;

namespace Mirage.Api.Import;

/// <summary>The report as text for the console: counts per table with reasons, then every change and removal.</summary>
public static class ReportPrinter
{
    public static void Print(ImportReport report, TextWriter output)
    {
        output.WriteLine(report.DryRun ? "Dry run: nothing was written." : "Import complete.");
        foreach (var (table, counts) in report.Tables)
        {
            output.WriteLine($"  {table}: {counts.Read} read, {counts.Imported} imported, {counts.Skipped.Values.Sum()} skipped");
            foreach (var (reason, count) in counts.Skipped)
            {
                output.WriteLine($"      {count} skipped: {reason}");
            }
        }

        output.WriteLine("  password hashes: " + string.Join(", ", report.HashKinds.Select(k => $"{k.Value} {k.Key}")));
        foreach (var account in report.UnknownHashAccounts)
        {
            output.WriteLine($"    {account}: unknown hash format, refuses every password until reset");
        }

        output.WriteLine($"  sessions kept: {report.SessionsKept}");
        foreach (var change in report.Changes)
        {
            output.WriteLine($"  {change.Table} #{change.LegacyId} {change.Field}: {change.From} -> {change.To} ({change.Reason})");
        }

        foreach (var (username, removed) in report.CssRemovals)
        {
            output.WriteLine($"  custom CSS of {username}: removed {string.Join("; ", removed)}");
        }
    }
}
