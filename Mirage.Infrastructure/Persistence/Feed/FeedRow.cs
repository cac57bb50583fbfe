using Mirage.Domain.Posts;

namespace Mirage.Infrastructure.Persistence.Feed;

/// <summary>A recent post of a feed, and whether its author is one the reader follows.</summary>
public sealed record FeedRow(PostView Post, bool Followed);
