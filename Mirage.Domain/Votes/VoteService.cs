using Mirage.Domain.Common;
using Mirage.Domain.Observability;
using Mirage.Domain.Posts;
using Mirage.Domain.Sessions;
using Mirage.Domain.Users;

namespace Mirage.Domain.Votes;

/// <summary>Up- and down-votes on other people's posts.</summary>
public class VoteService(
    IVoteRepository votes, IPostRepository posts, IListChanges lists, ICurrentUser currentUser, TimeProvider clock, MirageMetrics metrics)
{
    public async Task<Result<VoteOutcome>> VoteAsync(long postId, VoteDirection direction, CancellationToken cancellationToken)
    {
        var author = await posts.FindAuthorAsync(postId, cancellationToken);
        if (author is null)
        {
            return PostErrors.NotFound;
        }

        if (author.Id == currentUser.UserId)
        {
            return VoteErrors.OwnPost;
        }

        var outcome = await votes.CastAsync(currentUser.UserId, postId, author.Id, direction, clock.GetUtcNow().UtcDateTime, cancellationToken);
        if (outcome is VoteOutcome.Counted or VoteOutcome.Moved)
        {
            metrics.Voted(direction);
            await lists.PostsOfAsync(User.NormalizeUsername(author.Username));
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
        var author = await posts.FindAuthorAsync(postId, cancellationToken);
        if (author is null)
        {
            return PostErrors.NotFound;
        }

        if (!await votes.WithdrawAsync(currentUser.UserId, postId, author.Id, cancellationToken))
        {
            return VoteErrors.NoVote;
        }

        metrics.VoteWithdrawn();
        await lists.PostsOfAsync(User.NormalizeUsername(author.Username));
        return postId;
    }
}
