using Mirage.Domain.Replies;

namespace Mirage.Infrastructure.Persistence.Replies;

/// <summary>The page of a post's replies, read whenever the post is opened, as a <see cref="DirectRead{T}"/>.</summary>
public static class ReplyQueries
{
    /// <summary>A post's page of replies, oldest first: one range of the (post_id, id) index.</summary>
    public static readonly DirectRead<ReplyView> ByPostRead = new(
        """
        SELECT r.id, u.username, r.content, r.created_at, u.avatar_url
        FROM replies AS r INNER JOIN users AS u ON r.user_id = u.id
        WHERE r.post_id = @post AND r.id > @after
        ORDER BY r.id
        LIMIT @count
        """,
        row => new ReplyView(row.GetInt64(0), row.GetString(1), row.GetString(2), row.GetUtcDateTime(3), row.GetStringOrNull(4)),
        DirectParameter.Column("@post", typeof(Reply), nameof(Reply.PostId)),
        DirectParameter.Column("@after", typeof(Reply), nameof(Reply.Id)),
        DirectParameter.Value<int>("@count"));
}
