namespace Mirage.Domain.DirectMessages;

/// <summary>How far a user has read their inbox: messages from others with a greater id are unread.</summary>
public class InboxRead
{
    public long UserId { get; set; }

    /// <summary>The newest message (sent or received) that the inbox's first page showed. Only ever moves up, so a slow read cannot mark seen messages unread again.</summary>
    public long LastReadMessageId { get; set; }
}
