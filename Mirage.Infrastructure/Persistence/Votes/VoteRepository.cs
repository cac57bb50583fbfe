using Mirage.Domain.Votes;
using Mirage.Infrastructure.Persistence.Users;

namespace Mirage.Infrastructure.Persistence.Votes;

public sealed class VoteRepository(MirageDbContext db, DatabaseWrites writes) : IVoteRepository
{
    // Every vote's statements, past the change tracker and ExecuteUpdate's translation. A vote that is already
    // there inserts nothing.
    private static readonly DirectWrite Insert = new(
        """
        INSERT INTO votes (user_id, post_id, direction, created_at)
        VALUES (@user, @post, @direction, @created)
        ON CONFLICT DO NOTHING
        """,
        DirectParameter.Column("@user", typeof(Vote), nameof(Vote.UserId)),
        DirectParameter.Column("@post", typeof(Vote), nameof(Vote.PostId)),
        DirectParameter.Column("@direction", typeof(Vote), nameof(Vote.Direction)),
        DirectParameter.Column("@created", typeof(Vote), nameof(Vote.CreatedAt)));

    private static readonly DirectWrite Turn = new(
        "UPDATE votes SET direction = @to WHERE user_id = @user AND post_id = @post AND direction = @from",
        DirectParameter.Column("@user", typeof(Vote), nameof(Vote.UserId)),
        DirectParameter.Column("@post", typeof(Vote), nameof(Vote.PostId)),
        DirectParameter.Column("@from", typeof(Vote), nameof(Vote.Direction)),
        DirectParameter.Column("@to", typeof(Vote), nameof(Vote.Direction)));

    private static readonly DirectWrite Delete = new(
        "DELETE FROM votes WHERE user_id = @user AND post_id = @post AND direction = @direction",
        DirectParameter.Column("@user", typeof(Vote), nameof(Vote.UserId)),
        DirectParameter.Column("@post", typeof(Vote), nameof(Vote.PostId)),
        DirectParameter.Column("@direction", typeof(Vote), nameof(Vote.Direction)));

    public Task<VoteOutcome> CastAsync(
        long userId, long postId, long authorId, VoteDirection direction, DateTime now, CancellationToken cancellationToken) =>
        writes.RunAsync(attempt => CastOnceAsync(userId, postId, authorId, direction, now, attempt), cancellationToken);

    public Task<bool> WithdrawAsync(long userId, long postId, long authorId, CancellationToken cancellationToken) =>
        writes.RunAsync(attempt => WithdrawOnceAsync(userId, postId, authorId, attempt), cancellationToken);

    private async Task<VoteOutcome> CastOnceAsync(
        long userId, long postId, long authorId, VoteDirection direction, DateTime now, CancellationToken cancellationToken)
    {
        await using var transaction = await db.Database.BeginTransactionAsync(cancellationToken);
        if (!await db.LockPostAsync(postId, cancellationToken))
        {
            return VoteOutcome.PostGone;
        }

        if (!await db.LockStatsAsync([userId, authorId], cancellationToken))
        {
            return VoteOutcome.VoterGone;
        }

        var up = direction == VoteDirection.Up ? 1 : 0;
        var down = 1 - up;
        var opposite = direction == VoteDirection.Up ? VoteDirection.Down : VoteDirection.Up;

        // Conditional write: only one of two concurrent requests can move the same vote.
        if (await Turn.ExecuteAsync(db, [userId, postId, opposite, direction], cancellationToken) == 1)
        {
            await db.AddVotesAsync(postId, authorId, up - down, down - up, cancellationToken);
            await transaction.CommitAsync(cancellationToken);
            return VoteOutcome.Moved;
        }

        // Not turned, so a vote that is there already points this way.
        if (await Insert.ExecuteAsync(db, [userId, postId, direction, now], cancellationToken) == 0)
        {
            return VoteOutcome.AlreadyVotedThisWay;
        }

        await db.AddVotesAsync(postId, authorId, up, down, cancellationToken);
        await transaction.CommitAsync(cancellationToken);
        return VoteOutcome.Counted;
    }

    private async Task<bool> WithdrawOnceAsync(long userId, long postId, long authorId, CancellationToken cancellationToken)
    {
        await using var transaction = await db.Database.BeginTransactionAsync(cancellationToken);
        if (!await db.LockPostAsync(postId, cancellationToken) || !await db.LockStatsAsync([userId, authorId], cancellationToken))
        {
            return false;
        }

        foreach (var direction in new[] { VoteDirection.Up, VoteDirection.Down })
        {
            if (await Delete.ExecuteAsync(db, [userId, postId, direction], cancellationToken) == 1)
            {
                var up = direction == VoteDirection.Up ? -1 : 0;
                await db.AddVotesAsync(postId, authorId, up, -1 - up, cancellationToken);
                await transaction.CommitAsync(cancellationToken);
                return true;
            }
        }

        return false;
    }
}
