using Microsoft.EntityFrameworkCore;
using Mirage.Domain.Common;
using Mirage.Domain.Follows;
using Mirage.Infrastructure.Persistence.Users;

namespace Mirage.Infrastructure.Persistence.Follows;

public sealed class FollowRepository(MirageDbContext db, DatabaseWrites writes) : IFollowRepository
{
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

        db.Follows.Add(follow);
        try
        {
            await db.SaveChangesAsync(cancellationToken);
        }
        catch (DbUpdateException exception) when (UniqueViolation.Is(exception) || ForeignKeyViolation.Is(exception))
        {
            db.ChangeTracker.Clear();
            return false;
        }

        await transaction.CommitAsync(cancellationToken);
        return true;
    }

    private async Task<bool> RemoveOnceAsync(long followerId, long followeeId, CancellationToken cancellationToken)
    {
        await using var transaction = await db.Database.BeginTransactionAsync(cancellationToken);
        var removed = await db.Follows.Where(f => f.FollowerId == followerId && f.FolloweeId == followeeId).ExecuteDeleteAsync(cancellationToken);
        if (removed == 0)
        {
            return false;
        }

        await db.CountFollowAsync(followerId, followeeId, -1, cancellationToken);
        await transaction.CommitAsync(cancellationToken);
        return true;
    }

    public Task<bool> ExistsAsync(long followerId, long followeeId, CancellationToken cancellationToken) =>
        db.Follows.AnyAsync(f => f.FollowerId == followerId && f.FolloweeId == followeeId, cancellationToken);

    public Task<IReadOnlyList<FollowView>> ListFollowersAsync(long userId, PageRequest page, CancellationToken cancellationToken) =>
        ListAsync(
            db.Follows.Where(f => f.FolloweeId == userId).Select(f => new FollowEdge { OtherId = f.FollowerId, CreatedAt = f.CreatedAt }),
            page,
            cancellationToken);

    public Task<IReadOnlyList<FollowView>> ListFollowingAsync(long userId, PageRequest page, CancellationToken cancellationToken) =>
        ListAsync(
            db.Follows.Where(f => f.FollowerId == userId).Select(f => new FollowEdge { OtherId = f.FolloweeId, CreatedAt = f.CreatedAt }),
            page,
            cancellationToken);

    // Newest first, keyset-paged on (followed at, the other person's id).
    private async Task<IReadOnlyList<FollowView>> ListAsync(IQueryable<FollowEdge> edges, PageRequest page, CancellationToken cancellationToken)
    {
        if (page.After is { } after)
        {
            var at = new DateTime(after.Key, DateTimeKind.Utc);
            edges = edges.Where(e => e.CreatedAt < at || (e.CreatedAt == at && e.OtherId < after.Id));
        }

        var rows = await edges
            .OrderByDescending(e => e.CreatedAt).ThenByDescending(e => e.OtherId)
            .Take(page.Limit + 1)
            .Join(db.Users, e => e.OtherId, u => u.Id, (e, u) => new { u.Id, u.Username, u.AvatarUrl, e.CreatedAt })
            .ToListAsync(cancellationToken);
        return rows.OrderByDescending(r => r.CreatedAt).ThenByDescending(r => r.Id)
            .Select(r => new FollowView(r.Id, r.Username, r.AvatarUrl, r.CreatedAt)).ToList();
    }
}
