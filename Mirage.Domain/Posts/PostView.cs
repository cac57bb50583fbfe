namespace Mirage.Domain.Posts;

/// <summary>A post as lists and pages show it.</summary>
public sealed record PostView(long Id, string Username, string Content, DateTime CreatedAt, int Upvotes, int Downvotes, int ReplyCount);
