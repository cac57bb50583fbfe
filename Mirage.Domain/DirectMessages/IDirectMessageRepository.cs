namespace Mirage.Domain.DirectMessages;

/// <summary>Writing messages and read marks.</summary>
public interface IDirectMessageRepository
{
    /// <summary>Stores the message and gives it its id.</summary>
    /// <returns><c>false</c> when the sender's or the recipient's account was deleted meanwhile.</returns>
    Task<bool> TryAddAsync(DirectMessage message, CancellationToken cancellationToken);

    /// <summary>Deletes the message if <paramref name="userId"/> sent or received it.</summary>
    /// <returns><c>false</c> when there is no such message of theirs.</returns>
    /// <summary>Deletes the message, for both people, if <paramref name="userId"/> sent or received it.</summary>
    /// <returns>The other person's id (the user's own, for a message to themselves), or <c>null</c> when there was no such message.</returns>
    Task<long?> DeleteAsync(long messageId, long userId, CancellationToken cancellationToken);

    /// <summary>
    /// Raises the user's read mark to <paramref name="upToId"/>, the newest message their inbox showed;
    /// never lowers it, however reads interleave.
    /// </summary>
    Task MarkReadAsync(long userId, long upToId, CancellationToken cancellationToken);
}
