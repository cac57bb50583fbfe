using Mirage.Domain.Common;

namespace Mirage.Domain.Votes;

public static class VoteErrors
{
    public static readonly Error InvalidDirection = new(ErrorKind.Invalid, "you can only upvote or downvote");
    public static readonly Error AlreadyVotedThisWay = new(ErrorKind.Invalid, "already voted this way");
    public static readonly Error OwnPost = new(ErrorKind.Forbidden, "cannot vote on your own post");
    public static readonly Error NoVote = new(ErrorKind.Invalid, "no vote to withdraw");
}
