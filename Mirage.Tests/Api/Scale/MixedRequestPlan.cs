using Mirage.Tests.Api.Support;

namespace Mirage.Tests.Api.Scale;

/// <summary>
/// A seeded random mix of follow, unfollow, up, down, change-vote, unvote, post, delete and reply
/// requests from all users against all users and posts. Most votes and replies aim at a few hot
/// posts so requests collide; some aim at posts created during the run or already deleted.
/// </summary>
public sealed class MixedRequestPlan(Random random, IReadOnlyList<TestAccount> users, IReadOnlyList<(TestAccount Author, long Id)> posts)
{
    private const int HotPosts = 6;
    private const int GuessedNewPosts = 40;
    private readonly long _firstUnknownId = posts.Max(p => p.Id) + 1;
    private int _created;

    public SocialRequest Next()
    {
        var sender = users[random.Next(users.Count)];
        var other = users[random.Next(users.Count)];
        return random.Next(100) switch
        {
            < 15 => SocialRequest.Follow(sender, other),
            < 25 => SocialRequest.Unfollow(sender, other),
            < 42 => SocialRequest.Vote(sender, AnyPost(), "up"),
            < 59 => SocialRequest.Vote(sender, AnyPost(), "down"),
            < 70 => SocialRequest.Unvote(sender, AnyPost()),
            < 80 => SocialRequest.Post(sender, $"new post {++_created} by {sender.Username} #run"),
            < 84 => SocialRequest.Delete(sender, OwnPost(sender)),
            _ => SocialRequest.Reply(sender, AnyPost()),
        };
    }

    private long AnyPost() => random.Next(10) switch
    {
        < 6 => posts[random.Next(HotPosts)].Id,
        < 9 => posts[random.Next(posts.Count)].Id,
        _ => _firstUnknownId + random.Next(GuessedNewPosts),
    };

    private long OwnPost(TestAccount sender)
    {
        var own = posts.Where(p => p.Author == sender).ToList();
        return own.Count > 0 && random.Next(10) < 8 ? own[random.Next(own.Count)].Id : _firstUnknownId + random.Next(GuessedNewPosts);
    }
}
