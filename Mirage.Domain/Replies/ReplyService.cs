using Mirage.Domain.Common;
using Mirage.Domain.Posts;
using Mirage.Domain.Sessions;
using Mirage.Domain.Users;

namespace Mirage.Domain.Replies;

/// <summary>Replying to posts and reading the replies.</summary>
public class ReplyService(IReplyRepository replies, IPostRepository posts, IListChanges lists, ICurrentUser currentUser, TimeProvider clock)
{
    public async Task<Result<ReplyView>> ReplyAsync(long postId, string content, CancellationToken cancellationToken)
    {
        var reply = new Reply { PostId = postId, UserId = currentUser.UserId, Content = content.Trim(), CreatedAt = clock.GetUtcNow().UtcDateTime };
        if (!await replies.TryAddAsync(reply, cancellationToken))
        {
            return PostErrors.NotFound;
        }

        // The author's list shows the post's reply count. A post deleted since has had its lists dropped already.
        await lists.RepliesToAsync(postId);
        if (await posts.FindAuthorAsync(postId, cancellationToken) is { } author)
        {
            await lists.PostsOfAsync(User.NormalizeUsername(author.Username));
        }

        var view = await replies.FindViewAsync(reply.Id, cancellationToken);
        return view is null ? PostErrors.NotFound : view;
    }

    public async Task<Result<Page<ReplyView>>> ListAsync(long postId, PageRequest page, CancellationToken cancellationToken)
    {
        if (!await posts.ExistsAsync(postId, cancellationToken))
        {
            return PostErrors.NotFound;
        }

        var rows = await replies.ListByPostAsync(postId, page, cancellationToken);
        return Page<ReplyView>.From(rows, page.Limit, r => new Cursor(r.Id, r.Id));
    }
}
