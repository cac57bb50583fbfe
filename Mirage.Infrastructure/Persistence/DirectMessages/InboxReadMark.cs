namespace Mirage.Infrastructure.Persistence.DirectMessages;

/// <summary>The id of the newest message a user has read their inbox up to.</summary>
public sealed record InboxReadMark(long LastReadMessageId);
