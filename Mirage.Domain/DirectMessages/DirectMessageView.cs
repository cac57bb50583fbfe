namespace Mirage.Domain.DirectMessages;

/// <summary>A message as the inbox shows it: who sent it to whom, and the sender's avatar.</summary>
public sealed record DirectMessageView(long Id, string Sender, string Recipient, string Message, DateTime CreatedAt, string? AvatarUrl);
