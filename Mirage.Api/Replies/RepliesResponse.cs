namespace Mirage.Api.Replies;

public sealed record RepliesResponse(IReadOnlyList<ReplyResponse> Replies, string? NextCursor);
