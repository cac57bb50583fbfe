using Mirage.Domain.Common;

namespace Mirage.Domain.Rooms;

/// <summary>Where a user stands with an existing room.</summary>
public sealed record RoomAccess(bool IsPrivate, bool IsMember)
{
    /// <summary>Why someone with this access (<c>null</c>: the room does not exist) cannot act as a member, or <c>null</c> when they can.</summary>
    public static Error? MemberError(RoomAccess? access) => access switch
    {
        null => RoomErrors.NotFound,
        { IsMember: false } => RoomErrors.NotMember,
        _ => null,
    };
}
