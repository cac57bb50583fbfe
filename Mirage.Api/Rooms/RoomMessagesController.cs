using AutoMapper;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.RateLimiting;
using Mirage.Api.Http;
using Mirage.Api.Security;
using Mirage.Domain.Rooms;

namespace Mirage.Api.Rooms;

[ApiController]
[Authorize]
[Route("api")]
public sealed class RoomMessagesController(RoomChatService chat, IMapper mapper) : ControllerBase
{
    /// <summary>Posts a message to a room the caller is in; it expires after Rooms:MessageLifetime. Rate limited per sender, with direct messages.</summary>
    [HttpPost("send_room_message")]
    [EnableRateLimiting(RateLimits.SendMessage)]
    [ProducesResponseType<MessageResponse>(StatusCodes.Status200OK)]
    [ProducesResponseType<ProblemDetails>(StatusCodes.Status400BadRequest)]
    [ProducesResponseType<ProblemDetails>(StatusCodes.Status403Forbidden)]
    [ProducesResponseType<ProblemDetails>(StatusCodes.Status404NotFound)]
    [ProducesResponseType<ProblemDetails>(StatusCodes.Status429TooManyRequests)]
    public async Task<IActionResult> Send(SendRoomMessageRequest request, CancellationToken cancellationToken) =>
        this.ToActionResult(
            await chat.SendAsync(request.RoomId!.Value, request.Message!, cancellationToken), _ => Ok(new MessageResponse("sent")));

    /// <summary>Unexpired messages, oldest first: the last 100, or with <c>after</c> only those newer than that id.</summary>
    [HttpGet("get_room_messages")]
    [ProducesResponseType<RoomMessagesResponse>(StatusCodes.Status200OK)]
    [ProducesResponseType<ProblemDetails>(StatusCodes.Status400BadRequest)]
    [ProducesResponseType<ProblemDetails>(StatusCodes.Status403Forbidden)]
    [ProducesResponseType<ProblemDetails>(StatusCodes.Status404NotFound)]
    public async Task<IActionResult> Read([FromQuery] RoomMessagesQuery query, CancellationToken cancellationToken) =>
        this.ToActionResult(
            await chat.ReadAsync(query.ToRoomId(), query.ToAfter(), cancellationToken),
            messages => Ok(new RoomMessagesResponse(mapper.Map<IReadOnlyList<RoomMessageResponse>>(messages))));
}
