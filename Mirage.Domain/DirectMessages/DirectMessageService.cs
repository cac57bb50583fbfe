using Mirage.Domain.Common;
using Mirage.Domain.Observability;
using Mirage.Domain.Sessions;
using Mirage.Domain.Users;

namespace Mirage.Domain.DirectMessages;

/// <summary>Sending, reading, counting and deleting direct messages (the first backend's inbox).</summary>
public class DirectMessageService(
    IDirectMessageRepository messages,
    IInboxQueries inbox,
    IUserRepository users,
    IListChanges lists,
    ICurrentUser currentUser,
    TimeProvider clock,
    MirageMetrics metrics)
{
    public async Task<Result<DirectMessageView>> SendAsync(string recipient, string text, CancellationToken cancellationToken)
    {
        var to = await users.FindIdentityAsync(User.NormalizeUsername(recipient), cancellationToken);
        if (to is null)
        {
            return DirectMessageErrors.RecipientNotFound;
        }

        var message = new DirectMessage { SenderId = currentUser.UserId, RecipientId = to.Id, Message = text, CreatedAt = clock.GetUtcNow().UtcDateTime };
        if (!await messages.TryAddAsync(message, cancellationToken))
        {
            return DirectMessageErrors.RecipientNotFound;
        }

        metrics.MessageSent(MessageKind.Direct);
        await lists.InboxesAsync(currentUser.UserId, to.Id);
        var view = await inbox.FindViewAsync(message.Id, cancellationToken);
        return view is null ? DirectMessageErrors.RecipientNotFound : view;
    }

    /// <summary>A page of the inbox; the first page also marks what it shows as read.</summary>
    public async Task<Page<DirectMessageView>> ListAsync(PageRequest page, CancellationToken cancellationToken)
    {
        var rows = await inbox.ListAsync(currentUser.UserId, page, cancellationToken);
        var shown = Page<DirectMessageView>.From(rows, page.Limit, m => new Cursor(m.Id, m.Id));

        // Up to the newest message shown, not the newest stored: one that arrived after the read stays unread.
        if (page.After is null && shown.Items.Count > 0)
        {
            await messages.MarkReadAsync(currentUser.UserId, shown.Items[0].Id, cancellationToken);
        }

        return shown;
    }

    public Task<InboxCount> CountAsync(CancellationToken cancellationToken) => inbox.CountAsync(currentUser.UserId, cancellationToken);

    public async Task<Result<long>> DeleteAsync(long messageId, CancellationToken cancellationToken)
    {
        if (await messages.DeleteAsync(messageId, currentUser.UserId, cancellationToken) is not { } otherPerson)
        {
            return DirectMessageErrors.NotFound;
        }

        await lists.InboxesAsync(currentUser.UserId, otherPerson);
        return messageId;
    }
}
