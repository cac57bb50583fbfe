namespace Mirage.Infrastructure.Persistence.Posts;

/// <summary>A row of <see cref="PostQueries.ByAuthorRead"/>: a post without its author's name, which the caller knows.</summary>
public sealed record AuthorsPost(long Id, string Content, DateTime CreatedAt, int Upvotes, int Downvotes, int ReplyCount);
