using Microsoft.EntityFrameworkCore;
using Mirage.Domain.Users;

namespace Mirage.Infrastructure.Persistence.Users;

public sealed class UserRepository(MirageDbContext db, DatabaseWrites writes) : IUserRepository
{
    public Task<bool> TryAddAsync(User user, CancellationToken cancellationToken) =>
        writes.RunOnceAsync(turn => TryAddOnceAsync(user, turn), cancellationToken);

    private async Task<bool> TryAddOnceAsync(User user, CancellationToken cancellationToken)
    {
        db.Users.Add(user);
        try
        {
            await db.SaveChangesAsync(cancellationToken);
            return true;
        }
        catch (DbUpdateException exception) when (UniqueViolation.Is(exception))
        {
            db.ChangeTracker.Clear();
            return false;
        }
    }

    public Task<bool> ExistsAsync(string normalizedUsername, string normalizedEmail, CancellationToken cancellationToken) =>
        db.Users.AnyAsync(u => u.NormalizedUsername == normalizedUsername || u.NormalizedEmail == normalizedEmail, cancellationToken);

    public Task<UserIdentity?> FindIdentityAsync(string normalizedUsername, CancellationToken cancellationToken) =>
        UserQueries.IdentityByNameRead.FirstOrDefaultAsync(db, normalizedUsername, cancellationToken);

    public Task<User?> FindByNormalizedUsernameAsync(string normalizedUsername, CancellationToken cancellationToken) =>
        db.Users.AsNoTracking().FirstOrDefaultAsync(u => u.NormalizedUsername == normalizedUsername, cancellationToken);

    public Task<User?> FindByIdAsync(long userId, CancellationToken cancellationToken) =>
        db.Users.AsNoTracking().FirstOrDefaultAsync(u => u.Id == userId, cancellationToken);

    public Task<bool> DeleteAsync(long userId, CancellationToken cancellationToken) =>
        writes.RunAsync(attempt => DeleteOnceAsync(userId, attempt), cancellationToken);

    private async Task<bool> DeleteOnceAsync(long userId, CancellationToken cancellationToken)
    {
        await using var transaction = await db.Database.BeginTransactionAsync(cancellationToken);
        await AccountDeletion.UncountAsync(db, userId, cancellationToken);

        // The database deletes the rest with the user (cascade): stats, sessions, follows, votes,
        // replies, direct messages sent and received, the inbox read mark, room memberships, messages and
        // lock-outs, shared files' rows, and the user's posts with their votes, replies and hashtags.
        var deleted = await db.UserById(userId).ExecuteDeleteAsync(cancellationToken) > 0;
        await transaction.CommitAsync(cancellationToken);
        return deleted;
    }

    public Task<int> CountAsync(CancellationToken cancellationToken) => db.Users.CountAsync(cancellationToken);
}
