using Microsoft.AspNetCore.Mvc;
using Mirage.Domain.Common;

namespace Mirage.Api.Paging;

/// <summary><c>?limit=</c> (default and most: 100) and <c>?cursor=</c> (the previous page's <c>next_cursor</c>).</summary>
public sealed class PageQuery
{
    [FromQuery(Name = "limit")]
    public int? Limit { get; init; }

    [FromQuery(Name = "cursor")]
    public string? Cursor { get; init; }

    /// <summary>Only called after validation, which guarantees a well-formed cursor.</summary>
    public PageRequest ToPageRequest() =>
        new(Limit ?? PageRequest.DefaultLimit, Domain.Common.Cursor.TryDecode(Cursor, out var after) ? after : null);
}
