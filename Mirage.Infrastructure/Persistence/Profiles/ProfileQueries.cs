using System.Data.Common;
using Mirage.Domain.Profiles;
using Mirage.Domain.Users;

namespace Mirage.Infrastructure.Persistence.Profiles;

/// <summary>
/// The profile reads behind <c>GET /api/user/{username}</c> and <c>GET /api/me</c>, the hottest reads of
/// all, as <see cref="DirectRead{T}"/>s of the shown fields only: no entity is materialised, the password
/// hash never leaves the database, and the email only for its owner.
/// </summary>
public sealed class ProfileQueries(MirageDbContext db) : IProfileQueries
{
    private const string Columns = """
        SELECT u.username, u.avatar_url, u.description, u.created_at, u.custom_css, u.custom_css_scoped, u.background_image,
               p.followers, p.following, p.posts, p.upvotes, p.downvotes
        """;

    private const string FromUsers = "FROM users AS u LEFT JOIN user_profile AS p ON u.id = p.user_id";

    public static readonly DirectRead<ProfileView> ByNormalizedUsernameRead = new(
        $"{Columns} {FromUsers} WHERE u.normalized_username = @p LIMIT 1", typeof(User), nameof(User.NormalizedUsername), ReadProfile);

    // The public profile's columns, then the email (column 12).
    public static readonly DirectRead<OwnProfileView> OwnByIdRead = new(
        $"{Columns}, u.email {FromUsers} WHERE u.id = @p LIMIT 1", typeof(User), nameof(User.Id), row => new OwnProfileView(ReadProfile(row), row.GetString(12)));

    public Task<ProfileView?> FindByUsernameAsync(string normalizedUsername, CancellationToken cancellationToken) =>
        ByNormalizedUsernameRead.FirstOrDefaultAsync(db, normalizedUsername, cancellationToken);

    public Task<OwnProfileView?> FindOwnAsync(long userId, CancellationToken cancellationToken) =>
        OwnByIdRead.FirstOrDefaultAsync(db, userId, cancellationToken);

    private static ProfileView ReadProfile(DbDataReader row)
    {
        // Every user has a stats row; the left join (as EF Core's query had it) only keeps a missing one from hiding the profile.
        int Count(int ordinal) => row.IsDBNull(ordinal) ? 0 : row.GetInt32(ordinal);

        return new ProfileView
        {
            Username = row.GetString(0),
            AvatarUrl = row.GetStringOrNull(1),
            Description = row.GetStringOrNull(2),
            CreatedAt = row.GetUtcDateTime(3),
            CustomCss = row.GetStringOrNull(4),
            CustomCssScoped = row.GetStringOrNull(5),
            BackgroundImage = row.GetStringOrNull(6),
            Stats = new UserStats { Followers = Count(7), Following = Count(8), Posts = Count(9), Upvotes = Count(10), Downvotes = Count(11) },
        };
    }
}
