namespace Mirage.Api.DirectMessages;

/// <summary>A message as the first web client reads it; <c>avatar_url</c> is the sender's.</summary>
public sealed class DirectMessageResponse
{
    public long Id { get; init; }

    public required string Sender { get; init; }

    public required string Recipient { get; init; }

    public required string Message { get; init; }

    public DateTime CreatedAt { get; init; }

    public string? AvatarUrl { get; init; }
}
