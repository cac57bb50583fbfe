namespace Mirage.Domain.Votes;

public interface IVoteRepository
{
    /// <summary>
    /// Casts or moves the vote and updates the post's and its author's counters, in one transaction,
    /// with conditional writes so concurrent requests can never count a vote twice.
    /// </summary>
    Task<VoteOutcome> CastAsync(long userId, long postId, long authorId, VoteDirection direction, DateTime now, CancellationToken cancellationToken);

    /// <summary>Withdraws the vote and uncounts it, in one transaction.</summary>
    /// <returns><c>false</c> when there was no vote.</returns>
    Task<bool> WithdrawAsync(long userId, long postId, long authorId, CancellationToken cancellationToken);
}
