namespace Mirage.Api.Replies;

public sealed class ReplyRequest
{
    public long? PostId { get; init; }

    public string? Content { get; init; }
}
