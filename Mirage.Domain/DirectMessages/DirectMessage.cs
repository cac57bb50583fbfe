using Mirage.Domain.Common;

namespace Mirage.Domain.DirectMessages;

/// <summary>A private message from one user to another (or to oneself, as a note). Either party may delete it, for both.</summary>
public class DirectMessage
{
    /// <summary>In text elements (what a person sees as one character), so emoji are not cut in half.</summary>
    public const int MessageMaxLength = 2000;

    /// <summary>
    /// Storage room, in UTF-16 units, for 2000 text elements of several units each (as for posts);
    /// text that needs more is refused as too long.
    /// </summary>
    public const int MessageStoredMaxLength = TextLength.MaxUnitsPerCharacter * MessageMaxLength;

    /// <summary>Never reused, also after a deletion: cursors and imported messages keep their ids.</summary>
    public long Id { get; set; }

    public long SenderId { get; set; }

    public long RecipientId { get; set; }

    public required string Message { get; set; }

    public DateTime CreatedAt { get; set; }
}
