namespace Mirage.Api.DirectMessages;

/// <summary>A request naming one direct message: delete_inbox_message.</summary>
public sealed class MessageIdRequest
{
    public long? MessageId { get; init; }
}
