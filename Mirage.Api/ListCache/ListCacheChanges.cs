using Microsoft.AspNetCore.OutputCaching;
using Mirage.Domain.Common;

namespace Mirage.Api.ListCache;

/// <summary>Drops the kept answers of the lists a committed write changed.</summary>
public sealed class ListCacheChanges(IOutputCacheStore store, ListCacheVersions versions) : IListChanges
{
    public ValueTask PostsOfAsync(string normalizedUsername) => DropAsync(ListCacheTags.PostsOf(normalizedUsername));

    public ValueTask RepliesToAsync(long postId) => DropAsync(ListCacheTags.RepliesTo(postId));

    public async ValueTask FollowAsync(string followerNormalizedUsername, string followeeNormalizedUsername)
    {
        await DropAsync(ListCacheTags.FollowingOf(followerNormalizedUsername));
        await DropAsync(ListCacheTags.FollowersOf(followeeNormalizedUsername));
    }

    public ValueTask RoomAsync(long roomId) => DropAsync(ListCacheTags.Room(roomId));

    public async ValueTask InboxesAsync(long senderId, long recipientId)
    {
        await DropAsync(ListCacheTags.InboxOf(senderId));
        await DropAsync(ListCacheTags.InboxOf(recipientId));
    }

    public ValueTask AnyAsync() => DropAsync(ListCacheTags.All);

    // The write has committed: the answers go even if its request is aborted now.
    private ValueTask DropAsync(string tag)
    {
        versions.Raise(tag);
        return store.EvictByTagAsync(tag, CancellationToken.None);
    }
}
