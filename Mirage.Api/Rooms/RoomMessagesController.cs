using AutoMapper;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.OutputCaching;
using Microsoft.AspNetCore.RateLimiting;
using Mirage.Api.Http;
using Mirage.Api.ListCache;
using Mirage.Api.OpenApi;
using Mirage.Api.Security;
using Mirage.Domain.Rooms;

namespace Mirage.Api.Rooms;

[ApiController]
[Authorize]
[Route("api")]
[Tags(ApiTags.Rooms)]
public sealed class RoomMessagesController(RoomChatService chat, IMapper mapper) : ControllerBase
{
    /// <summary>Posts a message to a room the caller is in; it expires after Rooms:MessageLifetime. Rate limited per sender, with direct messages.</summary>
    [HttpPost("send_room_message")]
    [EnableRateLimiting(RateLimits.SendMessage)]
    [ProducesResponseType<MessageResponse>(StatusCodes.Status200OK)]
    [ProducesError(typeof(RoomRequestMessages), nameof(RoomRequestMessages.MissingFields))]
    [ProducesError(typeof(RoomRequestMessages), nameof(RoomRequestMessages.MessageTooLong))]
    [ProducesError(typeof(RoomErrors), nameof(RoomErrors.NotMember))]
    [ProducesError(typeof(RoomErrors), nameof(RoomErrors.NotFound))]
    public async Task<IActionResult> Send(SendRoomMessageRequest request, CancellationToken cancellationToken) =>
        this.ToActionResult(
            await chat.SendAsync(request.RoomId!.Value, request.Message!, cancellationToken), _ => Ok(new MessageResponse("sent")));

    /// <summary>Unexpired messages, oldest first: the last 100, or with <c>after</c> only those newer than that id.</summary>
    [HttpGet("get_room_messages")]
    [OutputCache(PolicyName = ListCachePolicy.RoomMessages)]
    [ProducesResponseType<RoomMessagesResponse>(StatusCodes.Status200OK)]
    [ProducesError(typeof(RoomRequestMessages), nameof(RoomRequestMessages.MissingRoomId))]
    [ProducesError(typeof(RoomRequestMessages), nameof(RoomRequestMessages.InvalidAfter))]
    [ProducesError(typeof(RoomErrors), nameof(RoomErrors.NotMember))]
    [ProducesError(typeof(RoomErrors), nameof(RoomErrors.NotFound))]
    public async Task<IActionResult> Read([FromQuery] RoomMessagesQuery query, CancellationToken cancellationToken) =>
        this.ToActionResult(
            await chat.ReadAsync(query.ToRoomId(), query.ToAfter(), cancellationToken),
            messages => Ok(new RoomMessagesResponse(mapper.Map<IReadOnlyList<RoomMessageResponse>>(messages))));
}
