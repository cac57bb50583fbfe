using Mirage.Domain.Posts;

namespace Mirage.Domain.Feed;

/// <summary>The recent part of a feed as read: the newest posts of the people followed, and of everyone else, each newest first.</summary>
public sealed record RecentPosts(IReadOnlyList<PostView> Followed, IReadOnlyList<PostView> Others);
