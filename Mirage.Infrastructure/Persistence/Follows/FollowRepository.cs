using Microsoft.EntityFrameworkCore;
using Mirage.Domain.Common;
using Mirage.Domain.Follows;
using Mirage.Infrastructure.Persistence.Users;

namespace Mirage.Infrastructure.Persistence.Follows;

public sealed class FollowRepository(MirageDbContext db, DatabaseWrites writes) : IFollowRepository
{
    private static readonly CompiledPerProvider<Func<MirageDbContext, long, long, CancellationToken, Task<bool>>> Exists =
        new(() => EF.CompileAsyncQuery((MirageDbContext db, long followerId, long followeeId, CancellationToken _) =>
            db.Follows.Any(f => f.FollowerId == followerId && f.FolloweeId == followeeId)));

    // Every follow and unfollow, past the change tracker and ExecuteDelete's translation. A follow that is
    // already there inserts nothing.
    private static readonly DirectWrite Insert = new(
        """
        INSERT INTO follows (follower_id, followee_id, created_at)
        VALUES (@follower, @followee, @created)
        ON CONFLICT DO NOTHING
        """,
        DirectParameter.Column("@follower", typeof(Follow), nameof(Follow.FollowerId)),
        DirectParameter.Column("@followee", typeof(Follow), nameof(Follow.FolloweeId)),
        DirectParameter.Column("@created", typeof(Follow), nameof(Follow.CreatedAt)));

    private static readonly DirectWrite Delete = new(
        "DELETE FROM follows WHERE follower_id = @follower AND followee_id = @followee",
        DirectParameter.Column("@follower", typeof(Follow), nameof(Follow.FollowerId)),
        DirectParameter.Column("@followee", typeof(Follow), nameof(Follow.FolloweeId)));

    public Task<bool> TryAddAsync(Follow follow, CancellationToken cancellationToken) =>
        writes.RunAsync(attempt => TryAddOnceAsync(follow, attempt), cancellationToken);

    public Task<bool> RemoveAsync(long followerId, long followeeId, CancellationToken cancellationToken) =>
        writes.RunAsync(attempt => RemoveOnceAsync(followerId, followeeId, attempt), cancellationToken);

    // The stats rows are counted (and so locked) before the follow row is written: a deletion of either
    // account that holds one of them makes this wait, then find the account gone.
    private async Task<bool> TryAddOnceAsync(Follow follow, CancellationToken cancellationToken)
    {
        await using var transaction = await db.Database.BeginTransactionAsync(cancellationToken);
        if (!await db.CountFollowAsync(follow.FollowerId, follow.FolloweeId, 1, cancellationToken))
        {
            return false;
        }

        try
        {
            if (await Insert.ExecuteAsync(db, [follow.FollowerId, follow.FolloweeId, follow.CreatedAt], cancellationToken) == 0)
            {
                return false;
            }
        }
        catch (Exception exception) when (ForeignKeyViolation.IsProviders(exception))
        {
            return false;
        }

        await transaction.CommitAsync(cancellationToken);
        return true;
    }

    // The stats rows first here too: an unfollow that took the follow row first, and a follow of the same pair that
    // took the stats rows first, each waited for the other's lock (a deadlock). Nothing to remove rolls the count back.
    private async Task<bool> RemoveOnceAsync(long followerId, long followeeId, CancellationToken cancellationToken)
    {
        await using var transaction = await db.Database.BeginTransactionAsync(cancellationToken);
        if (!await db.CountFollowAsync(followerId, followeeId, -1, cancellationToken))
        {
            return false;
        }

        if (await Delete.ExecuteAsync(db, [followerId, followeeId], cancellationToken) == 0)
        {
            return false;
        }

        await transaction.CommitAsync(cancellationToken);
        return true;
    }

    public Task<bool> ExistsAsync(long followerId, long followeeId, CancellationToken cancellationToken) =>
        Exists.For(db)(db, followerId, followeeId, cancellationToken);

    public Task<IReadOnlyList<FollowView>> ListFollowersAsync(long userId, PageRequest page, CancellationToken cancellationToken) =>
        ListAsync(FollowQueries.FollowersRead, userId, page, cancellationToken);

    public Task<IReadOnlyList<FollowView>> ListFollowingAsync(long userId, PageRequest page, CancellationToken cancellationToken) =>
        ListAsync(FollowQueries.FollowingRead, userId, page, cancellationToken);

    // The first page starts after the greatest position there is.
    private async Task<IReadOnlyList<FollowView>> ListAsync(
        DirectRead<FollowView> query,
        long userId,
        PageRequest page,
        CancellationToken cancellationToken)
    {
        var (at, afterId) = page.After is { } after
            ? (new DateTime(after.Key, DateTimeKind.Utc), after.Id)
            : (DateTime.SpecifyKind(DateTime.MaxValue, DateTimeKind.Utc), long.MaxValue);
        return await query.ToListAsync(db, [userId, at, afterId, page.Limit + 1], cancellationToken);
    }
}
