using Microsoft.EntityFrameworkCore;
using Mirage.Domain.Profiles;
using Mirage.Infrastructure.Persistence.Users;

namespace Mirage.Infrastructure.Persistence.Profiles;

public sealed class ProfileRepository(MirageDbContext db, DatabaseWrites writes) : IProfileRepository
{
    public Task UpdateAsync(long userId, ProfileView profile, CancellationToken cancellationToken) =>
        writes.RunOnceAsync(
            turn => db.UserById(userId).ExecuteUpdateAsync(
                set => set
                    .SetProperty(u => u.AvatarUrl, profile.AvatarUrl)
                    .SetProperty(u => u.Description, profile.Description)
                    .SetProperty(u => u.CustomCss, profile.CustomCss)
                    .SetProperty(u => u.CustomCssScoped, profile.CustomCssScoped)
                    .SetProperty(u => u.BackgroundImage, profile.BackgroundImage),
                turn),
            cancellationToken);
}
