namespace Mirage.Domain.DirectMessages;

/// <summary>How far a user has read their inbox: received messages with a greater id are unread.</summary>
public class InboxRead
{
    public long UserId { get; set; }

    /// <summary>Only ever moves up, so a slow read cannot mark seen messages unread again.</summary>
    public long LastReadMessageId { get; set; }
}
