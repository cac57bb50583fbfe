using Mirage.Domain.Posts;

namespace Mirage.Infrastructure.Persistence.Posts;

/// <summary>The one projection of posts to what lists show, shared by every post read.</summary>
public static class PostQueries
{
    public static IQueryable<PostRow> AsRows(this IQueryable<Post> posts, MirageDbContext db) =>
        posts.Join(
            db.Users,
            p => p.UserId,
            u => u.Id,
            (p, u) => new PostRow(p.Id, u.Username, p.Content, p.CreatedAt, p.Upvotes, p.Downvotes, p.ReplyCount));

    public static PostView ToView(this PostRow row) =>
        new(row.Id, row.Username, row.Content, row.CreatedAt, row.Upvotes, row.Downvotes, row.ReplyCount);
}
