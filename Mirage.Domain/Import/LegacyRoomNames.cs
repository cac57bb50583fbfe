using Mirage.Domain.Rooms;

namespace Mirage.Domain.Import;

/// <summary>Room names are shown, not put in paths (rooms are addressed by id): only length and emptiness matter.</summary>
public static class LegacyRoomNames
{
    public static (string Name, string? Reason) Clean(string name) =>
        name.Trim().Length == 0 ? ("room", "empty")
        : name.Length > Room.NameMaxLength ? (name[..Room.NameMaxLength], $"longer than {Room.NameMaxLength} characters")
        : (name, null);
}
