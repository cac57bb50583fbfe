using Microsoft.EntityFrameworkCore;
using Mirage.Domain.Common;
using Mirage.Domain.Posts;
using Mirage.Domain.Users;
using Mirage.Infrastructure.Persistence.Users;

namespace Mirage.Infrastructure.Persistence.Posts;

public sealed class PostRepository(MirageDbContext db, DatabaseWrites writes) : IPostRepository
{
    // One post, and one post as pages show it: every vote and every read of a post by id runs one of them.
    private static readonly CompiledPerProvider<Func<MirageDbContext, long, CancellationToken, Task<Post?>>> ById =
        new(() => EF.CompileAsyncQuery((MirageDbContext db, long postId, CancellationToken _) =>
            db.Posts.AsNoTracking().FirstOrDefault(p => p.Id == postId)));

    private static readonly CompiledPerProvider<Func<MirageDbContext, long, CancellationToken, Task<PostView?>>> ViewById =
        new(() => EF.CompileAsyncQuery((MirageDbContext db, long postId, CancellationToken _) =>
            (from p in db.Posts
             join u in db.Users on p.UserId equals u.Id
             where p.Id == postId
             select new PostView(p.Id, u.Username, p.Content, p.CreatedAt, p.Upvotes, p.Downvotes, p.ReplyCount))
            .FirstOrDefault()));

    // A new post and its hashtags: the statements of every create_post, past the change tracker.
    private static readonly DirectWrite Insert = new(
        """
        INSERT INTO posts (user_id, content, created_at, upvotes, downvotes, reply_count)
        VALUES (@author, @content, @created, 0, 0, 0)
        RETURNING id
        """,
        DirectParameter.Column("@author", typeof(Post), nameof(Post.UserId)),
        DirectParameter.Column("@content", typeof(Post), nameof(Post.Content)),
        DirectParameter.Column("@created", typeof(Post), nameof(Post.CreatedAt)));

    private static readonly DirectWrite InsertHashtag = new(
        "INSERT INTO post_hashtags (post_id, tag) VALUES (@post, @tag)",
        DirectParameter.Column("@post", typeof(PostHashtag), nameof(PostHashtag.PostId)),
        DirectParameter.Column("@tag", typeof(PostHashtag), nameof(PostHashtag.Tag)));

    public Task<bool> TryAddAsync(Post post, IReadOnlyList<string> hashtags, CancellationToken cancellationToken) =>
        writes.RunAsync(attempt => TryAddOnceAsync(post, hashtags, attempt), cancellationToken);

    public Task<bool> DeleteAsync(long postId, CancellationToken cancellationToken) =>
        writes.RunAsync(attempt => DeleteOnceAsync(postId, attempt), cancellationToken);

    private async Task<bool> TryAddOnceAsync(Post post, IReadOnlyList<string> hashtags, CancellationToken cancellationToken)
    {
        await using var transaction = await db.Database.BeginTransactionAsync(cancellationToken);

        // Counting first locks the author's stats row, so a deletion of the account waits or is waited for.
        if (await db.AddPostsAsync(post.UserId, 1, cancellationToken) == 0)
        {
            return false;
        }

        post.Id = await Insert.ExecuteReturningIdAsync(db, [post.UserId, post.Content, post.CreatedAt], cancellationToken);
        foreach (var tag in hashtags)
        {
            await InsertHashtag.ExecuteAsync(db, [post.Id, tag], cancellationToken);
        }

        await transaction.CommitAsync(cancellationToken);
        return true;
    }

    public async Task<bool> ExistsAsync(long postId, CancellationToken cancellationToken) =>
        await PostQueries.ExistsRead.FirstOrDefaultAsync(db, postId, cancellationToken) is not null;

    public Task<Post?> FindAsync(long postId, CancellationToken cancellationToken) => ById.For(db)(db, postId, cancellationToken);

    public Task<UserIdentity?> FindAuthorAsync(long postId, CancellationToken cancellationToken) =>
        PostQueries.AuthorRead.FirstOrDefaultAsync(db, postId, cancellationToken);

    public Task<PostView?> FindViewAsync(long postId, CancellationToken cancellationToken) => ViewById.For(db)(db, postId, cancellationToken);

    private async Task<bool> DeleteOnceAsync(long postId, CancellationToken cancellationToken)
    {
        await using var transaction = await db.Database.BeginTransactionAsync(cancellationToken);
        if (!await db.LockPostAsync(postId, cancellationToken))
        {
            return false;
        }

        var post = (await FindAsync(postId, cancellationToken))!;

        // The database deletes the post's votes, replies and hashtags with it (cascade).
        await db.Posts.Where(p => p.Id == postId).ExecuteDeleteAsync(cancellationToken);
        await db.AddPostsAsync(post.UserId, -1, cancellationToken);
        await db.AddReceivedVotesAsync(post.UserId, -post.Upvotes, -post.Downvotes, cancellationToken);
        await transaction.CommitAsync(cancellationToken);
        return true;
    }

    public async Task<IReadOnlyList<PostView>> ListByUserAsync(UserIdentity author, PageRequest page, CancellationToken cancellationToken)
    {
        var rows = await PostQueries.ByAuthorRead.ToListAsync(db, [author.Id, page.After?.Id ?? long.MaxValue, page.Limit + 1], cancellationToken);
        return rows.ConvertAll(p => new PostView(p.Id, author.Username, p.Content, p.CreatedAt, p.Upvotes, p.Downvotes, p.ReplyCount));
    }
}
