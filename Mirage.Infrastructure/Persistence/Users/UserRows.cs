using Mirage.Domain.Users;

namespace Mirage.Infrastructure.Persistence.Users;

public static class UserRows
{
    /// <summary>The user's row, for set-based updates and deletes.</summary>
    public static IQueryable<User> UserById(this MirageDbContext db, long userId) => db.Users.Where(u => u.Id == userId);
}
