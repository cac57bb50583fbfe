namespace Mirage.Domain.Import;

/// <summary>A value the import changed (a username, an email, a cleared link), with the legacy row it belongs to and why.</summary>
/// <param name="Table">The legacy table, e.g. <c>users</c>.</param>
/// <param name="LegacyId">The row's id in the legacy database.</param>
/// <param name="Field">The column, e.g. <c>username</c>.</param>
/// <param name="From">The legacy value.</param>
/// <param name="To">What Mirage stores instead.</param>
/// <param name="Reason">Why it had to change.</param>
public sealed record Rename(string Table, long LegacyId, string Field, string From, string To, string Reason);
