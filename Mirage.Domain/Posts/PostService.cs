using Mirage.Domain.Common;
using Mirage.Domain.Observability;
using Mirage.Domain.Sessions;
using Mirage.Domain.Users;

namespace Mirage.Domain.Posts;

/// <summary>Writing, reading and deleting posts.</summary>
public class PostService(
    IPostRepository posts, IUserRepository users, IListChanges lists, ICurrentUser currentUser, TimeProvider clock, MirageMetrics metrics)
{
    /// <summary>Stores the content as written (trimmed); it is never rendered, only returned JSON-escaped.</summary>
    public async Task<Result<PostView>> CreateAsync(string content, CancellationToken cancellationToken)
    {
        var post = new Post { UserId = currentUser.UserId, Content = content.Trim(), CreatedAt = clock.GetUtcNow().UtcDateTime };
        if (!await posts.TryAddAsync(post, Hashtags.In(post.Content), cancellationToken))
        {
            return UserErrors.NotFound;
        }

        metrics.PostCreated();
        await lists.PostsOfAsync(User.NormalizeUsername(currentUser.Username));

        // The post as it was stored, without reading it back: a new post has no votes or replies yet.
        return new PostView(post.Id, currentUser.Username, post.Content, post.CreatedAt, 0, 0, 0);
    }

    public async Task<Result<PostView>> GetAsync(long postId, CancellationToken cancellationToken)
    {
        var view = await posts.FindViewAsync(postId, cancellationToken);
        return view is null ? PostErrors.NotFound : view;
    }

    public async Task<Result<long>> DeleteAsync(long postId, CancellationToken cancellationToken)
    {
        var post = await posts.FindAsync(postId, cancellationToken);
        if (post is null)
        {
            return PostErrors.NotFound;
        }

        if (post.UserId != currentUser.UserId)
        {
            return PostErrors.NotTheAuthor;
        }

        if (!await posts.DeleteAsync(postId, cancellationToken))
        {
            return PostErrors.NotFound;
        }

        await lists.PostsOfAsync(User.NormalizeUsername(currentUser.Username));
        await lists.RepliesToAsync(postId);
        return postId;
    }

    public async Task<Result<Page<PostView>>> ListByUserAsync(string username, PageRequest page, CancellationToken cancellationToken)
    {
        var user = await users.FindIdentityAsync(User.NormalizeUsername(username), cancellationToken);
        if (user is null)
        {
            return UserErrors.NotFound;
        }

        var rows = await posts.ListByUserAsync(user, page, cancellationToken);
        return Page<PostView>.From(rows, page.Limit, p => new Cursor(p.Id, p.Id));
    }
}
