namespace Mirage.Api.DirectMessages;

public sealed record InboxResponse(IReadOnlyList<DirectMessageResponse> Messages, string? NextCursor);
