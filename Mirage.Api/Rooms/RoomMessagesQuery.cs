using System.Globalization;
using Microsoft.AspNetCore.Mvc;

namespace Mirage.Api.Rooms;

/// <summary>
/// <c>?room_id=</c> and, for pollers, <c>?after=</c> (the last message id they have). Read as text so that
/// a value that is not an id meets the contract's message rather than a binding error.
/// </summary>
public sealed class RoomMessagesQuery
{
    [FromQuery(Name = "room_id")]
    public string? RoomId { get; init; }

    [FromQuery(Name = "after")]
    public string? After { get; init; }

    // Methods, not properties: MVC's validation walks a model's properties, and would read these before validation.

    /// <summary>Only called after validation, which guarantees a room id.</summary>
    public long ToRoomId() => ParseId(RoomId)!.Value;

    public long? ToAfter() => ParseId(After);

    public static long? ParseId(string? text) =>
        long.TryParse(text, NumberStyles.None, CultureInfo.InvariantCulture, out var id) ? id : null;
}
