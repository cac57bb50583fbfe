using Mirage.Domain.Posts;

namespace Mirage.Tests.Builders;

/// <summary>A stored post 1 by user 1, written at <see cref="TestClock.Start"/>, with no votes or replies.</summary>
public sealed class PostBuilder
{
    private long _id = 1;
    private long _userId = 1;
    private string _content = "hello";

    public PostBuilder WithId(long id) => Set(() => _id = id);

    public PostBuilder WithUserId(long userId) => Set(() => _userId = userId);

    public PostBuilder WithContent(string content) => Set(() => _content = content);

    public Post Build() => new() { Id = _id, UserId = _userId, Content = _content, CreatedAt = TestClock.Start.UtcDateTime };

    private PostBuilder Set(Action change)
    {
        change();
        return this;
    }
}
