using System.Data.Common;
using Mirage.Domain.Profiles;
using Mirage.Domain.Users;

namespace Mirage.Infrastructure.Persistence.Profiles;

/// <summary>
/// The profile reads behind <c>GET /api/user/{username}</c> and <c>GET /api/me</c>, the hottest reads of
/// all, as <see cref="DirectRead{T}"/>s of the shown fields only: no entity is materialised and the password
/// hash never leaves the database. Both read the same columns; the public profile drops the email.
/// </summary>
public sealed class ProfileQueries(MirageDbContext db) : IProfileQueries
{
    private const string Select = """
        SELECT u.username, u.avatar_url, u.description, u.created_at, u.custom_css, u.custom_css_scoped, u.background_image,
               p.followers, p.following, p.posts, p.upvotes, p.downvotes, u.email
        FROM users AS u LEFT JOIN user_profile AS p ON u.id = p.user_id
        """;

    public static readonly DirectRead<OwnProfileView> ByNormalizedUsername =
        new($"{Select} WHERE u.normalized_username = @p LIMIT 1", typeof(User), nameof(User.NormalizedUsername), Read);

    public static readonly DirectRead<OwnProfileView> OwnById =
        new($"{Select} WHERE u.id = @p LIMIT 1", typeof(User), nameof(User.Id), Read);

    public async Task<ProfileView?> FindByUsernameAsync(string normalizedUsername, CancellationToken cancellationToken) =>
        (await ByNormalizedUsername.FirstOrDefaultAsync(db, normalizedUsername, cancellationToken))?.Profile;

    public Task<OwnProfileView?> FindOwnAsync(long userId, CancellationToken cancellationToken) =>
        OwnById.FirstOrDefaultAsync(db, userId, cancellationToken);

    private static OwnProfileView Read(DbDataReader row)
    {
        // Every user has a stats row; the left join only keeps a missing one from hiding the profile.
        int Count(int ordinal) => row.IsDBNull(ordinal) ? 0 : row.GetInt32(ordinal);

        var profile = new ProfileView
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
        return new OwnProfileView(profile, row.GetString(12));
    }
}
