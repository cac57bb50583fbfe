using Microsoft.EntityFrameworkCore;
using Mirage.Domain.Profiles;
using Mirage.Domain.Users;
using Mirage.Infrastructure.Persistence.Profiles;

namespace Mirage.Infrastructure.Persistence.Users;

public sealed class UserRepository(MirageDbContext db) : IUserRepository
{
    public async Task<bool> TryAddAsync(User user, CancellationToken cancellationToken)
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
        db.Users.Where(u => u.NormalizedUsername == normalizedUsername)
            .Select(u => new UserIdentity(u.Id, u.Username))
            .FirstOrDefaultAsync(cancellationToken);

    public Task<User?> FindByNormalizedUsernameAsync(string normalizedUsername, CancellationToken cancellationToken) =>
        db.Users.AsNoTracking().FirstOrDefaultAsync(u => u.NormalizedUsername == normalizedUsername, cancellationToken);

    public Task<User?> FindByIdAsync(long userId, CancellationToken cancellationToken) =>
        db.Users.AsNoTracking().FirstOrDefaultAsync(u => u.Id == userId, cancellationToken);

    public Task<ProfileView?> FindProfileViewAsync(string normalizedUsername, CancellationToken cancellationToken) =>
        ProfileQueries.ByNormalizedUsername(db, normalizedUsername, cancellationToken);

    public Task<OwnProfileView?> FindOwnProfileViewAsync(long userId, CancellationToken cancellationToken) =>
        ProfileQueries.OwnById(db, userId, cancellationToken);

    public Task<User?> FindProfileByIdAsync(long userId, CancellationToken cancellationToken) =>
        db.Users.AsNoTracking().Include(u => u.Stats).FirstOrDefaultAsync(u => u.Id == userId, cancellationToken);

    public Task UpdatePasswordHashAsync(long userId, string passwordHash, CancellationToken cancellationToken) =>
        Users(userId).ExecuteUpdateAsync(set => set.SetProperty(u => u.PasswordHash, passwordHash), cancellationToken);

    public Task<int> ChangePasswordAsync(long userId, string passwordHash, Guid keepSession, CancellationToken cancellationToken) =>
        db.RetryOnTransientAsync(attempt => ChangePasswordOnceAsync(userId, passwordHash, keepSession, attempt), cancellationToken);

    public Task<int> RecordFailedLoginAsync(long userId, CancellationToken cancellationToken) =>
        db.RetryOnTransientAsync(attempt => RecordFailedLoginOnceAsync(userId, attempt), cancellationToken);

    private async Task<int> ChangePasswordOnceAsync(long userId, string passwordHash, Guid keepSession, CancellationToken cancellationToken)
    {
        await using var transaction = await db.Database.BeginTransactionAsync(cancellationToken);
        await UpdatePasswordHashAsync(userId, passwordHash, cancellationToken);
        var revoked = await db.Sessions.Where(s => s.UserId == userId && s.Id != keepSession).ExecuteDeleteAsync(cancellationToken);
        await transaction.CommitAsync(cancellationToken);
        return revoked;
    }

    private async Task<int> RecordFailedLoginOnceAsync(long userId, CancellationToken cancellationToken)
    {
        await using var transaction = await db.Database.BeginTransactionAsync(cancellationToken);
        await Users(userId).ExecuteUpdateAsync(set => set.SetProperty(u => u.FailedLoginCount, u => u.FailedLoginCount + 1), cancellationToken);
        var failures = await Users(userId).Select(u => u.FailedLoginCount).FirstOrDefaultAsync(cancellationToken);
        await transaction.CommitAsync(cancellationToken);
        return failures;
    }

    public Task LockAsync(long userId, DateTime until, CancellationToken cancellationToken) =>
        Users(userId).ExecuteUpdateAsync(set => set.SetProperty(u => u.LockedUntil, until), cancellationToken);

    public Task ResetFailedLoginsAsync(long userId, CancellationToken cancellationToken) =>
        Users(userId).ExecuteUpdateAsync(
            set => set.SetProperty(u => u.FailedLoginCount, 0).SetProperty(u => u.LockedUntil, (DateTime?)null),
            cancellationToken);

    public Task UpdateProfileAsync(User user, CancellationToken cancellationToken) =>
        Users(user.Id).ExecuteUpdateAsync(
            set => set
                .SetProperty(u => u.AvatarUrl, user.AvatarUrl)
                .SetProperty(u => u.Description, user.Description)
                .SetProperty(u => u.CustomCss, user.CustomCss)
                .SetProperty(u => u.BackgroundImage, user.BackgroundImage),
            cancellationToken);

    public Task<bool> DeleteAsync(long userId, CancellationToken cancellationToken) =>
        db.RetryOnTransientAsync(attempt => DeleteOnceAsync(userId, attempt), cancellationToken);

    private async Task<bool> DeleteOnceAsync(long userId, CancellationToken cancellationToken)
    {
        await using var transaction = await db.Database.BeginTransactionAsync(cancellationToken);
        await AccountDeletion.UncountAsync(db, userId, cancellationToken);

        // The database deletes the rest with the user (cascade): stats, sessions, follows, votes,
        // replies, and the user's posts with their votes, replies and hashtags.
        var deleted = await Users(userId).ExecuteDeleteAsync(cancellationToken) > 0;
        await transaction.CommitAsync(cancellationToken);
        return deleted;
    }

    public Task<int> CountAsync(CancellationToken cancellationToken) => db.Users.CountAsync(cancellationToken);

    private IQueryable<User> Users(long userId) => db.Users.Where(u => u.Id == userId);
}
