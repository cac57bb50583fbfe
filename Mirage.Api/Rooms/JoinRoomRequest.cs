namespace Mirage.Api.Rooms;

public sealed class JoinRoomRequest
{
    public string? Name { get; init; }

    /// <summary>Needed for a private room only.</summary>
    public string? Password { get; init; }
}
