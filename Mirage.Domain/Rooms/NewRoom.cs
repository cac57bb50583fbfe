namespace Mirage.Domain.Rooms;

/// <summary>A room as someone asks for it; <see cref="Password"/> matters only for a private room.</summary>
public sealed record NewRoom(string Name, bool IsPrivate, string? Password);
