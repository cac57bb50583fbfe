using System.Data.Common;
using Microsoft.EntityFrameworkCore;
using Mirage.Domain.Accounts;
using Mirage.Domain.Users;
using Mirage.Infrastructure.Persistence.Users;

namespace Mirage.Infrastructure.Persistence.Accounts;

public sealed class AccountSettingsStore(MirageDbContext db, DatabaseWrites writes) : IAccountSettingsStore
{
    public Task<SettingsSaved?> SaveAsync(long userId, SettingsChanges changes, Guid keepSession, CancellationToken cancellationToken) =>
        writes.RunAsync(attempt => SaveOnceAsync(userId, changes, keepSession, attempt), cancellationToken);

    private async Task<SettingsSaved?> SaveOnceAsync(long userId, SettingsChanges changes, Guid keepSession, CancellationToken cancellationToken)
    {
        await using var transaction = await db.Database.BeginTransactionAsync(cancellationToken);
        var profile = changes.Profile;
        int updated;
        try
        {
            updated = await db.UserById(userId).ExecuteUpdateAsync(
                set =>
                {
                    set.SetProperty(u => u.AvatarUrl, profile.AvatarUrl)
                        .SetProperty(u => u.Description, profile.Description)
                        .SetProperty(u => u.CustomCss, profile.CustomCss)
                        .SetProperty(u => u.CustomCssScoped, profile.CustomCssScoped)
                        .SetProperty(u => u.BackgroundImage, profile.BackgroundImage);
                    if (changes.Email is { } email)
                    {
                        set.SetProperty(u => u.Email, email).SetProperty(u => u.NormalizedEmail, User.NormalizeEmail(email));
                    }

                    if (changes.PasswordHash is { } hash)
                    {
                        set.SetProperty(u => u.PasswordHash, hash);
                    }
                },
                cancellationToken);
        }
        catch (DbException exception) when (UniqueViolation.IsProviders(exception))
        {
            // Nothing of this edit is stored: the transaction is rolled back with the using.
            return new SettingsSaved(EmailTaken: true, OtherSessionsEnded: 0);
        }

        if (updated == 0)
        {
            return null;
        }

        var ended = changes.PasswordHash is null
            ? 0
            : await db.Sessions.Where(s => s.UserId == userId && s.Id != keepSession).ExecuteDeleteAsync(cancellationToken);
        await transaction.CommitAsync(cancellationToken);
        return new SettingsSaved(EmailTaken: false, ended);
    }
}
