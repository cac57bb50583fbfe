namespace Mirage.Api.Replies;

public sealed record ReplyCreatedResponse(string Message, ReplyResponse Reply);
