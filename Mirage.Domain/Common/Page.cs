namespace Mirage.Domain.Common;

/// <summary>One page of a list and where the next one starts (<c>null</c>: this was the last).</summary>
public sealed record Page<T>(IReadOnlyList<T> Items, Cursor? Next)
{
    /// <summary>Makes a page from up to <c>limit + 1</c> rows: the extra row only tells that there is more.</summary>
    public static Page<T> From(IReadOnlyList<T> rows, int limit, Func<T, Cursor> positionOf) =>
        rows.Count > limit ? new Page<T>(rows.Take(limit).ToList(), positionOf(rows[limit - 1])) : new Page<T>(rows, null);
}
