using Mirage.Domain.Common;

namespace Mirage.Domain.Replies;

public interface IReplyRepository
{
    /// <summary>Adds the reply and counts it on the post, in one transaction.</summary>
    /// <returns><c>false</c> when the post, or the replier's account, is gone.</returns>
    Task<bool> TryAddAsync(Reply reply, CancellationToken cancellationToken);

    Task<ReplyView?> FindViewAsync(long replyId, CancellationToken cancellationToken);

    /// <summary>The post's replies, oldest first (as a conversation reads), keyset-paged on the reply id.</summary>
    Task<IReadOnlyList<ReplyView>> ListByPostAsync(long postId, PageRequest page, CancellationToken cancellationToken);
}
