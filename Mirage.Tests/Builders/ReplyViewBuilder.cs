using Mirage.Domain.Replies;

namespace Mirage.Tests.Builders;

/// <summary>Reply 1 by "bob" as lists show it, written at <see cref="TestClock.Start"/>.</summary>
public sealed class ReplyViewBuilder
{
    private long _id = 1;
    private string _content = "hi";

    public ReplyViewBuilder WithId(long id) => Set(() => _id = id);

    public ReplyViewBuilder WithContent(string content) => Set(() => _content = content);

    public ReplyView Build() => new(_id, "bob", _content, TestClock.Start.UtcDateTime, null);

    private ReplyViewBuilder Set(Action change)
    {
        change();
        return this;
    }
}
