namespace Mirage.Domain.Common;

/// <summary>Which page of a list: at most <see cref="Limit"/> items after the <see cref="After"/> position (none: the first page).</summary>
public sealed record PageRequest(int Limit, Cursor? After)
{
    /// <summary>As many as a page may hold: the first web client never asks for a second page.</summary>
    public const int DefaultLimit = 100;
    public const int MaxLimit = 100;

    public static PageRequest First(int limit = DefaultLimit) => new(limit, null);
}
