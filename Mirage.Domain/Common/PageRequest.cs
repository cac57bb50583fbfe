namespace Mirage.Domain.Common;

/// <summary>Which page of a list: at most <see cref="Limit"/> items after the <see cref="After"/> position (none: the first page).</summary>
public sealed record PageRequest(int Limit, Cursor? After)
{
    public const int DefaultLimit = 20;
    public const int MaxLimit = 100;

    public static PageRequest First(int limit = DefaultLimit) => new(limit, null);
}
