using Microsoft.EntityFrameworkCore;
using Mirage.Domain.Passwords;
using Mirage.Infrastructure.Persistence.Users;

namespace Mirage.Infrastructure.Persistence.Passwords;

public sealed class PasswordStore(MirageDbContext db, DatabaseWrites writes) : IPasswordStore
{
    public Task UpdatePasswordHashAsync(long userId, string passwordHash, CancellationToken cancellationToken) =>
        writes.RunOnceAsync(turn => SetPasswordHashAsync(userId, passwordHash, turn), cancellationToken);

    public Task<int> ChangePasswordAsync(long userId, string passwordHash, Guid keepSession, CancellationToken cancellationToken) =>
        writes.RunAsync(attempt => ChangePasswordOnceAsync(userId, passwordHash, keepSession, attempt), cancellationToken);

    private async Task<int> ChangePasswordOnceAsync(long userId, string passwordHash, Guid keepSession, CancellationToken cancellationToken)
    {
        await using var transaction = await db.Database.BeginTransactionAsync(cancellationToken);
        await SetPasswordHashAsync(userId, passwordHash, cancellationToken);
        var revoked = await db.Sessions.Where(s => s.UserId == userId && s.Id != keepSession).ExecuteDeleteAsync(cancellationToken);
        await transaction.CommitAsync(cancellationToken);
        return revoked;
    }

    private Task<int> SetPasswordHashAsync(long userId, string passwordHash, CancellationToken cancellationToken) =>
        db.UserById(userId).ExecuteUpdateAsync(set => set.SetProperty(u => u.PasswordHash, passwordHash), cancellationToken);
}
