using AutoMapper;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Mirage.Api.Http;
using Mirage.Api.OpenApi;
using Mirage.Api.Paging;
using Mirage.Api.Passwords;
using Mirage.Domain.Passwords;
using Mirage.Domain.Rooms;

namespace Mirage.Api.Rooms;

[ApiController]
[Authorize]
[Route("api")]
[Tags(ApiTags.Rooms)]
public sealed class RoomsController(RoomService rooms, RoomDirectory directory, IMapper mapper) : ControllerBase
{
    /// <summary>Creates a public or private room; the creator is its first member.</summary>
    [HttpPost("create_room")]
    [HashesPassword]
    [ProducesResponseType<RoomCreatedResponse>(StatusCodes.Status201Created)]
    [ProducesResponseType<ProblemDetails>(StatusCodes.Status400BadRequest)]
    [ProducesError(typeof(RoomRequestMessages), nameof(RoomRequestMessages.InvalidFields))]
    [ProducesError(typeof(RoomErrors), nameof(RoomErrors.AlreadyExists))]
    public async Task<IActionResult> Create(CreateRoomRequest request, CancellationToken cancellationToken) =>
        this.ToActionResult(
            await rooms.CreateAsync(request.ToNewRoom(), cancellationToken),
            room => Created($"/api/room_members/{room.Id}", new RoomCreatedResponse($"room \"{room.Name}\" created", room.Id)));

    /// <summary>Joins a room by name; a private room wants its password. Joining again changes nothing.</summary>
    [HttpPost("join_room")]
    [HashesPassword]
    [ProducesResponseType<JoinedRoomResponse>(StatusCodes.Status200OK)]
    [ProducesError(typeof(RoomRequestMessages), nameof(RoomRequestMessages.MissingRoomName))]
    [ProducesError(typeof(RoomRequestMessages), nameof(RoomRequestMessages.PasswordTooLong))]
    [ProducesError(typeof(RoomErrors), nameof(RoomErrors.PasswordRequired))]
    [ProducesError(typeof(RoomErrors), nameof(RoomErrors.WrongPassword))]
    [ProducesError(typeof(RoomErrors), nameof(RoomErrors.NotFound))]
    [ProducesError(StatusCodes.Status429TooManyRequests, PasswordErrors.TooManyAttempts)]
    public async Task<IActionResult> Join(JoinRoomRequest request, CancellationToken cancellationToken) =>
        this.ToActionResult(
            await rooms.JoinAsync(request.Name!, request.Password, cancellationToken),
            joined => Ok(new JoinedRoomResponse($"{joined.Username} joined room \"{joined.RoomName}\"", joined.RoomId, joined.RoomName)));

    [HttpPost("leave_room")]
    [ProducesResponseType<MessageResponse>(StatusCodes.Status200OK)]
    [ProducesError(typeof(RoomRequestMessages), nameof(RoomRequestMessages.MissingFields))]
    [ProducesError(typeof(RoomErrors), nameof(RoomErrors.NotMember))]
    [ProducesError(typeof(RoomErrors), nameof(RoomErrors.NotFound))]
    public async Task<IActionResult> Leave(RoomIdRequest request, CancellationToken cancellationToken) =>
        this.ToActionResult(await rooms.LeaveAsync(request.RoomId!.Value, cancellationToken), _ => Ok(new MessageResponse("left room")));

    /// <summary>Public rooms, oldest first, each with whether the caller is in it.</summary>
    [HttpGet("rooms")]
    [ProducesResponseType<PublicRoomsResponse>(StatusCodes.Status200OK)]
    [ProducesError(typeof(PageQueryValidator), nameof(PageQueryValidator.LimitOutOfRange))]
    [ProducesError(typeof(PageQueryValidator), nameof(PageQueryValidator.InvalidCursor))]
    public async Task<IActionResult> ListPublic([FromQuery] PageQuery page, CancellationToken cancellationToken)
    {
        var found = await directory.ListPublicAsync(page.ToPageRequest(), cancellationToken);
        return Ok(new PublicRoomsResponse(mapper.Map<IReadOnlyList<PublicRoomResponse>>(found.Items), found.Next?.Encode()));
    }

    /// <summary>The rooms the caller is in, public and private.</summary>
    [HttpGet("user_rooms")]
    [ProducesResponseType<UserRoomsResponse>(StatusCodes.Status200OK)]
    [ProducesError(typeof(PageQueryValidator), nameof(PageQueryValidator.LimitOutOfRange))]
    [ProducesError(typeof(PageQueryValidator), nameof(PageQueryValidator.InvalidCursor))]
    public async Task<IActionResult> ListMine([FromQuery] PageQuery page, CancellationToken cancellationToken)
    {
        var found = await directory.ListMineAsync(page.ToPageRequest(), cancellationToken);
        return Ok(new UserRoomsResponse(mapper.Map<IReadOnlyList<UserRoomResponse>>(found.Items), found.Next?.Encode()));
    }

    /// <summary>A room's members' usernames; a private room's only for its members.</summary>
    [HttpGet("room_members/{roomId:long}")]
    [ProducesResponseType<RoomMembersResponse>(StatusCodes.Status200OK)]
    [ProducesError(typeof(PageQueryValidator), nameof(PageQueryValidator.LimitOutOfRange))]
    [ProducesError(typeof(PageQueryValidator), nameof(PageQueryValidator.InvalidCursor))]
    [ProducesError(typeof(RoomErrors), nameof(RoomErrors.NotMember))]
    [ProducesError(typeof(RoomErrors), nameof(RoomErrors.NotFound))]
    public async Task<IActionResult> Members(long roomId, [FromQuery] PageQuery page, CancellationToken cancellationToken) =>
        this.ToActionResult(
            await directory.ListMembersAsync(roomId, page.ToPageRequest(), cancellationToken),
            found => Ok(new RoomMembersResponse(found.Items.Select(m => m.Username).ToList(), found.Next?.Encode())));

    /// <summary>An id that is not a number names no room.</summary>
    [HttpGet("room_members/{roomId}")]
    [ApiExplorerSettings(IgnoreApi = true)]
    public IActionResult MembersMalformed(string roomId) => this.ToActionResult(RoomErrors.NotFound);
}
