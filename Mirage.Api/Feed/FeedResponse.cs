using Mirage.Api.Posts;

namespace Mirage.Api.Feed;

public sealed record FeedResponse(IReadOnlyList<PostResponse> Posts, IReadOnlyList<string> TrendingTopics);
