using Microsoft.EntityFrameworkCore;
using Mirage.Domain.Users;

namespace Mirage.Infrastructure.Persistence;

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

    public Task<User?> FindByNormalizedUsernameAsync(string normalizedUsername, CancellationToken cancellationToken) =>
        db.Users.AsNoTracking().FirstOrDefaultAsync(u => u.NormalizedUsername == normalizedUsername, cancellationToken);

    public Task<User?> FindProfileByNormalizedUsernameAsync(string normalizedUsername, CancellationToken cancellationToken) =>
        db.Users.AsNoTracking().Include(u => u.Stats)
            .FirstOrDefaultAsync(u => u.NormalizedUsername == normalizedUsername, cancellationToken);

    public Task<User?> FindProfileByIdAsync(long userId, CancellationToken cancellationToken) =>
        db.Users.AsNoTracking().Include(u => u.Stats).FirstOrDefaultAsync(u => u.Id == userId, cancellationToken);

    public Task UpdatePasswordHashAsync(long userId, string passwordHash, CancellationToken cancellationToken) =>
        db.Users.Where(u => u.Id == userId)
            .ExecuteUpdateAsync(set => set.SetProperty(u => u.PasswordHash, passwordHash), cancellationToken);

    public Task<int> CountAsync(CancellationToken cancellationToken) => db.Users.CountAsync(cancellationToken);
}
