using Mirage.Domain.Common;

namespace Mirage.Domain.DirectMessages;

/// <summary>Reading a user's inbox.</summary>
public interface IInboxQueries
{
    Task<DirectMessageView?> FindViewAsync(long messageId, CancellationToken cancellationToken);

    /// <summary>Messages the user sent or received, newest first, each once, keyset-paged on the id.</summary>
    Task<IReadOnlyList<DirectMessageView>> ListAsync(long userId, PageRequest page, CancellationToken cancellationToken);

    Task<InboxCount> CountAsync(long userId, CancellationToken cancellationToken);
}
