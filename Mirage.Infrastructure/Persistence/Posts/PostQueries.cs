using Mirage.Domain.Posts;
using Mirage.Domain.Users;

namespace Mirage.Infrastructure.Persistence.Posts;

/// <summary>The reads of posts that lists make on every visit, as <see cref="DirectRead{T}"/>s.</summary>
public static class PostQueries
{
    /// <summary>
    /// A user's page of posts: one range of the (user_id, id) index, newest first, as a <see cref="DirectRead{T}"/>
    /// (lists are read on every visit to a profile). The author is known, so no join for the name.
    /// </summary>
    public static readonly DirectRead<AuthorsPost> ByAuthorRead = new(
        """
        SELECT p.id, p.content, p.created_at, p.upvotes, p.downvotes, p.reply_count
        FROM posts AS p
        WHERE p.user_id = @author AND p.id < @before
        ORDER BY p.id DESC
        LIMIT @count
        """,
        row => new AuthorsPost(row.GetInt64(0), row.GetString(1), row.GetUtcDateTime(2), row.GetInt32(3), row.GetInt32(4), row.GetInt32(5)),
        DirectParameter.Column("@author", typeof(Post), nameof(Post.UserId)),
        DirectParameter.Column("@before", typeof(Post), nameof(Post.Id)),
        DirectParameter.Value<int>("@count"));

    /// <summary>
    /// Whether a post is there, asked before a page of its replies. Its row is the post's id, boxed: only
    /// whether a row came back matters.
    /// </summary>
    public static readonly DirectRead<object> ExistsRead = new(
        "SELECT p.id FROM posts AS p WHERE p.id = @p LIMIT 1", typeof(Post), nameof(Post.Id), row => row.GetInt64(0));

    /// <summary>A post's author, asked before every vote and after every reply (whose author's list shows the change).</summary>
    public static readonly DirectRead<UserIdentity> AuthorRead = new(
        """
        SELECT u.id, u.username
        FROM posts AS p INNER JOIN users AS u ON u.id = p.user_id
        WHERE p.id = @p
        """,
        typeof(Post),
        nameof(Post.Id),
        row => new UserIdentity(row.GetInt64(0), row.GetString(1)));
}
