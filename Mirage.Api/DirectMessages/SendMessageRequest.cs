namespace Mirage.Api.DirectMessages;

/// <summary>A direct message to send: to whom (a username) and what.</summary>
public sealed class SendMessageRequest
{
    public string? Recipient { get; init => field = value?.Trim(); }

    public string? Message { get; init; }
}
