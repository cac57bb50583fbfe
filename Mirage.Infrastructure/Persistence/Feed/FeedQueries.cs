using System.Data.Common;
using Mirage.Domain.Posts;

namespace Mirage.Infrastructure.Persistence.Feed;

/// <summary>The feed's two reads of posts, made on every visit to it, as <see cref="DirectRead{T}"/>s.</summary>
public static class FeedQueries
{
    /// <summary>
    /// The recent posts, in one statement: the newest post id and the reader's followees are subqueries in it
    /// rather than reads of their own. The followed part picks its ids from the (user_id, id) index alone, once per
    /// followee within its window, and reads only the rows it keeps; everyone else's part walks the newest posts
    /// down the primary key, skipping the followees and the reader. Each row says whether its author is followed.
    /// The parameters: the reader, then the window and the row count of each part.
    /// </summary>
    public static readonly DirectRead<FeedRow> RecentRead = new(
        """
        SELECT recent.id, u.username, recent.content, recent.created_at, recent.upvotes, recent.downvotes, recent.reply_count,
            EXISTS (SELECT 1 FROM follows AS f WHERE f.follower_id = @user AND f.followee_id = recent.user_id)
        FROM (
            SELECT p.id, p.user_id, p.content, p.created_at, p.upvotes, p.downvotes, p.reply_count
            FROM posts AS p
            WHERE p.id IN (
                SELECT q.id
                FROM posts AS q
                WHERE q.user_id IN (SELECT f.followee_id FROM follows AS f WHERE f.follower_id = @user)
                    AND q.id > (SELECT MAX(newest.id) FROM posts AS newest) - @followedWindow
                ORDER BY q.id DESC
                LIMIT @followedCount)
            UNION ALL
            SELECT others.id, others.user_id, others.content, others.created_at, others.upvotes, others.downvotes, others.reply_count
            FROM (
                SELECT o.id, o.user_id, o.content, o.created_at, o.upvotes, o.downvotes, o.reply_count
                FROM posts AS o
                WHERE o.id > (SELECT MAX(newest.id) FROM posts AS newest) - @othersWindow
                    AND o.user_id <> @user
                    AND o.user_id NOT IN (SELECT f.followee_id FROM follows AS f WHERE f.follower_id = @user)
                ORDER BY o.id DESC
                LIMIT @othersCount) AS others
        ) AS recent
        INNER JOIN users AS u ON recent.user_id = u.id
        """,
        row => new FeedRow(ReadPost(row), row.GetBoolean(7)),
        DirectParameter.Column("@user", typeof(Post), nameof(Post.UserId)),
        DirectParameter.Value<int>("@followedWindow"),
        DirectParameter.Value<int>("@followedCount"),
        DirectParameter.Value<int>("@othersWindow"),
        DirectParameter.Value<int>("@othersCount"));

    /// <summary>The posts with ids at or below <c>@max</c>, newest first: a seek on the primary key.</summary>
    public static readonly DirectRead<PostView> AtOrBeforeRead = new(
        """
        SELECT p.id, u.username, p.content, p.created_at, p.upvotes, p.downvotes, p.reply_count
        FROM posts AS p INNER JOIN users AS u ON p.user_id = u.id
        WHERE p.id <= @max
        ORDER BY p.id DESC
        LIMIT @count
        """,
        ReadPost,
        DirectParameter.Column("@max", typeof(Post), nameof(Post.Id)),
        DirectParameter.Value<int>("@count"));

    // A post as lists show it, from the first seven columns: id, author's name, content, time and counters.
    private static PostView ReadPost(DbDataReader row) =>
        new(row.GetInt64(0), row.GetString(1), row.GetString(2), row.GetUtcDateTime(3), row.GetInt32(4), row.GetInt32(5), row.GetInt32(6));
}
