using Mirage.Domain.Common;
using Mirage.Domain.Observability;
using Mirage.Domain.Posts;
using Mirage.Domain.Sessions;
using Mirage.Domain.Users;

namespace Mirage.Domain.Votes;

/// <summary>Up- and down-votes on other people's posts.</summary>
public class VoteService(IVoteRepository votes, IPostRepository posts, ICurrentUser currentUser, TimeProvider clock, MirageMetrics metrics)
{
    public async Task<Result<VoteOutcome>> VoteAsync(long postId, VoteDirection direction, CancellationToken cancellationToken)
    {
        var post = await posts.FindAsync(postId, cancellationToken);
        if (post is null)
        {
            return PostErrors.NotFound;
        }

        if (post.UserId == currentUser.UserId)
        {
            return VoteErrors.OwnPost;
        }

        var outcome = await votes.CastAsync(currentUser.UserId, postId, post.UserId, direction, clock.GetUtcNow().UtcDateTime, cancellationToken);
        if (outcome is VoteOutcome.Counted or VoteOutcome.Moved)
        {
            metrics.Voted(direction);
        }

        return outcome switch
        {
            VoteOutcome.AlreadyVotedThisWay => VoteErrors.AlreadyVotedThisWay,
            VoteOutcome.PostGone => PostErrors.NotFound,
            VoteOutcome.VoterGone => UserErrors.NotFound,
            _ => outcome,
        };
    }

    public async Task<Result<long>> WithdrawAsync(long postId, CancellationToken cancellationToken)
    {
        var post = await posts.FindAsync(postId, cancellationToken);
        if (post is null)
        {
            return PostErrors.NotFound;
        }

        if (!await votes.WithdrawAsync(currentUser.UserId, postId, post.UserId, cancellationToken))
        {
            return VoteErrors.NoVote;
        }

        metrics.VoteWithdrawn();
        return postId;
    }
}
