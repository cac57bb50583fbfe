namespace Mirage.Infrastructure.Import;

/// <summary>One row to write: its table, the columns it fills, and their values in that order, converted for the store.</summary>
public sealed record ImportRow(ImportTable Table, IReadOnlyList<ImportColumn> Columns, object?[] Values);
