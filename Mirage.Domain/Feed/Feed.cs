using Mirage.Domain.Posts;

namespace Mirage.Domain.Feed;

public sealed record Feed(IReadOnlyList<PostView> Posts, IReadOnlyList<string> TrendingTopics);
