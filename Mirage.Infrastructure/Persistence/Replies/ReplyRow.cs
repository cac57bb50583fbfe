using Mirage.Domain.Replies;

namespace Mirage.Infrastructure.Persistence.Replies;

/// <summary>A reply joined with its author, as EF can order it.</summary>
public sealed class ReplyRow(long id, string username, string content, DateTime createdAt, string? avatarUrl)
{
    public long Id { get; } = id;

    public ReplyView ToView() => new(Id, username, content, createdAt, avatarUrl);
}
