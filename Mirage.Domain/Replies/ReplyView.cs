namespace Mirage.Domain.Replies;

public sealed record ReplyView(long Id, string Username, string Content, DateTime CreatedAt, string? AvatarUrl);
