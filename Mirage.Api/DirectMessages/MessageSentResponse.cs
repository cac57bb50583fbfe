namespace Mirage.Api.DirectMessages;

public sealed record MessageSentResponse(string Message, DirectMessageResponse InboxMessage);
