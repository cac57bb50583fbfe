namespace Mirage.Domain.Import;

/// <summary>Either the report of a finished import, or why the import was refused before anything was written.</summary>
public sealed record ImportOutcome(ImportReport? Report, string? Refusal)
{
    public static ImportOutcome Done(ImportReport report) => new(report, null);

    public static ImportOutcome Refused(string reason) => new(null, reason);
}
