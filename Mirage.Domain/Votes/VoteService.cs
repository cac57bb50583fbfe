using Mirage.Domain.Common;
using Mirage.Domain.Posts;
using Mirage.Domain.Sessions;
using Mirage.Domain.Users;

namespace Mirage.Domain.Votes;

/// <summary>Up- and down-votes on other people's posts.</summary>
public class VoteService(IVoteRepository votes, IPostRepository posts, ICurrentUser currentUser, TimeProvider clock)
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

        return await votes.WithdrawAsync(currentUser.UserId, postId, post.UserId, cancellationToken) ? postId : VoteErrors.NoVote;
    }
}
