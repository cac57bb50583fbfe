using Microsoft.EntityFrameworkCore;
using Mirage.Domain.Votes;
using Mirage.Infrastructure.Persistence.Users;

namespace Mirage.Infrastructure.Persistence.Votes;

public sealed class VoteRepository(MirageDbContext db, DatabaseWrites writes) : IVoteRepository
{
    // Compiled, so a vote skips EF's per-call expression-tree work for it.
    private static readonly CompiledPerProvider<Func<MirageDbContext, long, long, CancellationToken, Task<bool>>> Exists =
        new(() => EF.CompileAsyncQuery((MirageDbContext db, long userId, long postId, CancellationToken _) =>
            db.Votes.Any(v => v.UserId == userId && v.PostId == postId)));

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
        var moved = await db.Votes.Where(v => v.UserId == userId && v.PostId == postId && v.Direction == opposite)
            .ExecuteUpdateAsync(set => set.SetProperty(v => v.Direction, direction), cancellationToken);
        if (moved == 1)
        {
            await db.AddVotesAsync(postId, authorId, up - down, down - up, cancellationToken);
            await transaction.CommitAsync(cancellationToken);
            return VoteOutcome.Moved;
        }

        if (await Exists.For(db)(db, userId, postId, cancellationToken))
        {
            return VoteOutcome.AlreadyVotedThisWay;
        }

        db.Votes.Add(new Vote { UserId = userId, PostId = postId, Direction = direction, CreatedAt = now });
        try
        {
            await db.SaveChangesAsync(cancellationToken);
        }
        catch (DbUpdateException exception) when (UniqueViolation.Is(exception))
        {
            db.ChangeTracker.Clear();
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
            var removed = await db.Votes.Where(v => v.UserId == userId && v.PostId == postId && v.Direction == direction)
                .ExecuteDeleteAsync(cancellationToken);
            if (removed == 1)
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
