namespace Mirage.Domain.Import;

/// <summary>
/// Makes legacy names unique the way Mirage compares them (ignoring case), deterministically: every name that is
/// already usable and unique keeps it, and in a group that differs only in case the oldest row (lowest id) keeps it.
/// Every other row gets its cleaned name with the first free <c>_2</c>, <c>_3</c>... suffix, so re-running the import
/// of the same file gives the same names.
/// </summary>
public static class UniqueNames
{
    /// <param name="rows">Legacy ids and names.</param>
    /// <param name="clean">The name made usable (its reason when it had to change), before uniqueness.</param>
    /// <param name="normalize">How Mirage compares names.</param>
    /// <param name="maxLength">The longest name Mirage stores.</param>
    /// <returns>Each id's name, and why it changed (<c>null</c> when it did not).</returns>
    public static Dictionary<long, (string Name, string? Reason)> Assign(
        IEnumerable<(long Id, string Name)> rows, Func<string, (string Name, string? Reason)> clean, Func<string, string> normalize, int maxLength)
    {
        var ordered = rows.OrderBy(r => r.Id).Select(r => (r.Id, r.Name, Cleaned: clean(r.Name))).ToList();
        var taken = new HashSet<string>(StringComparer.Ordinal);
        var result = new Dictionary<long, (string Name, string? Reason)>();
        foreach (var row in ordered.Where(r => r.Cleaned.Reason is null))
        {
            if (taken.Add(normalize(row.Name)))
            {
                result[row.Id] = (row.Name, null);
            }
        }

        foreach (var row in ordered.Where(r => !result.ContainsKey(r.Id)))
        {
            var reason = row.Cleaned.Reason ?? "same name as an older account, ignoring case";
            var name = row.Cleaned.Name;
            for (var n = 2; !taken.Add(normalize(name)); n++)
            {
                var suffix = "_" + n;
                name = row.Cleaned.Name[..Math.Min(row.Cleaned.Name.Length, maxLength - suffix.Length)] + suffix;
            }

            result[row.Id] = (name, reason);
        }

        return result;
    }
}
