namespace Mirage.Tests.Api.Support;

/// <summary>The five numbers of a profile's <c>stats</c>.</summary>
public sealed record SocialStats(int Followers, int Following, int Posts, int Upvotes, int Downvotes);
