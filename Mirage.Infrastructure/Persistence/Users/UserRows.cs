using Mirage.Domain.Users;

namespace Mirage.Infrastructure.Persistence.Users;

public static class UserRows
{
    /// <summary>The user's row, for set-based updates and deletes (the twin of <see cref="StatsUpdates.StatsOf"/>).</summary>
    public static IQueryable<User> UserById(this MirageDbContext db, long userId) => db.Users.Where(u => u.Id == userId);
}
