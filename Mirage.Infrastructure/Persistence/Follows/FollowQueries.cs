using Mirage.Domain.Follows;

namespace Mirage.Infrastructure.Persistence.Follows;

/// <summary>
/// The two lists of follows, newest first, keyset-paged on (followed at, the other person's id) after a given
/// position: each one range of its index, as a <see cref="DirectRead{T}"/> (lists are read on every visit to
/// a profile). The parameters are the user, the position (<c>@at</c>, <c>@after</c>) and the row count.
/// </summary>
public static class FollowQueries
{
    public static readonly DirectRead<FollowView> FollowersRead =
        Page(listed: ("follower_id", nameof(Follow.FollowerId)), of: ("followee_id", nameof(Follow.FolloweeId)));

    public static readonly DirectRead<FollowView> FollowingRead =
        Page(listed: ("followee_id", nameof(Follow.FolloweeId)), of: ("follower_id", nameof(Follow.FollowerId)));

    // The people in the listed column, of the user in the other one; each column with its property's name.
    private static DirectRead<FollowView> Page((string Column, string Property) listed, (string Column, string Property) of) =>
        new(
            $"""
            SELECT u.id, u.username, u.avatar_url, f.created_at
            FROM follows AS f INNER JOIN users AS u ON f.{listed.Column} = u.id
            WHERE f.{of.Column} = @user AND (f.created_at < @at OR (f.created_at = @at AND f.{listed.Column} < @after))
            ORDER BY f.created_at DESC, f.{listed.Column} DESC
            LIMIT @count
            """,
            row => new FollowView(row.GetInt64(0), row.GetString(1), row.GetStringOrNull(2), row.GetUtcDateTime(3)),
            DirectParameter.Column("@user", typeof(Follow), of.Property),
            DirectParameter.Column("@at", typeof(Follow), nameof(Follow.CreatedAt)),
            DirectParameter.Column("@after", typeof(Follow), listed.Property),
            DirectParameter.Value<int>("@count"));
}
