using Mirage.Domain.Users;

namespace Mirage.Infrastructure.Persistence.Users;

/// <summary>The look-up of a user by name, as a <see cref="DirectRead{T}"/>.</summary>
public static class UserQueries
{
    /// <summary>
    /// Every list of a user's posts or follows, and every follow and message, starts by finding the user: a
    /// <see cref="DirectRead{T}"/>, because a list request that runs none of its reads through EF Core is cheaper.
    /// </summary>
    public static readonly DirectRead<UserIdentity> IdentityByNameRead = new(
        "SELECT u.id, u.username FROM users AS u WHERE u.normalized_username = @p LIMIT 1",
        typeof(User),
        nameof(User.NormalizedUsername),
        row => new UserIdentity(row.GetInt64(0), row.GetString(1)));
}
