using Mirage.Domain.Common;

namespace Mirage.Domain.DirectMessages;

/// <summary>The contract's error strings about direct messages; clients show them to people verbatim.</summary>
public static class DirectMessageErrors
{
    public static readonly Error RecipientNotFound = new(ErrorKind.NotFound, "recipient not found");

    /// <summary>Also for a message between two other people, so that a stranger cannot tell which ids exist.</summary>
    public static readonly Error NotFound = new(ErrorKind.NotFound, "message not found or unauthorized access");
}
