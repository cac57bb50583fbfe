namespace Mirage.Api.DirectMessages;

/// <param name="InboxCount">Messages sent and received.</param>
/// <param name="UnreadCount">Messages from others newer than the last read of the inbox's first page.</param>
public sealed record InboxCountResponse(int InboxCount, int UnreadCount);
