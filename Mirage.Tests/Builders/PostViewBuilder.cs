using Mirage.Domain.Posts;

namespace Mirage.Tests.Builders;

/// <summary>Post 1 by "ann" as lists show it, written at <see cref="TestClock.Start"/>, with no votes or replies.</summary>
public sealed class PostViewBuilder
{
    private long _id = 1;
    private string _username = "ann";
    private string _content = "hello";

    public PostViewBuilder WithId(long id) => Set(() => _id = id);

    public PostViewBuilder WithUsername(string username) => Set(() => _username = username);

    public PostViewBuilder WithContent(string content) => Set(() => _content = content);

    public PostView Build() => new(_id, _username, _content, TestClock.Start.UtcDateTime, 0, 0, 0);

    /// <summary>One post per id, in the order given, as a repository would return them.</summary>
    public static IReadOnlyList<PostView> WithIds(IEnumerable<long> ids) => ids.Select(id => new PostViewBuilder().WithId(id).Build()).ToList();

    private PostViewBuilder Set(Action change)
    {
        change();
        return this;
    }
}
