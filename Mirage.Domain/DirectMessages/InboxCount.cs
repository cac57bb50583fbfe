namespace Mirage.Domain.DirectMessages;

/// <param name="Total">Messages sent and received; a note to oneself counts once.</param>
/// <param name="Unread">Messages from others newer than the last read of the inbox.</param>
public sealed record InboxCount(int Total, int Unread);
