using Mirage.Tests.Api.Support;


namespace Mirage.Tests.Api.Scale;

/// <summary>One planned request of a concurrent run: what kind it is, who sends it, where, and with what body.</summary>
public sealed record SocialRequest(string Kind, TestAccount Sender, string Path, object Body)
{
    public static SocialRequest Follow(TestAccount sender, TestAccount target) => new("follow", sender, Routes.Follow, new { username = target.Username });

    public static SocialRequest Unfollow(TestAccount sender, TestAccount target) => new("unfollow", sender, Routes.Unfollow, new { username = target.Username });

    public static SocialRequest Vote(TestAccount sender, long postId, string voteType) => new($"vote {voteType}", sender, Routes.VotePost, new { post_id = postId, vote_type = voteType });

    public static SocialRequest Unvote(TestAccount sender, long postId) => new("unvote", sender, Routes.UnvotePost, new { post_id = postId });

    public static SocialRequest Post(TestAccount sender, string content) => new("create post", sender, Routes.CreatePost, new { content });

    public static SocialRequest Delete(TestAccount sender, long postId) => new("delete post", sender, Routes.DeletePost, new { post_id = postId });

    public static SocialRequest Reply(TestAccount sender, long postId) => new("reply", sender, Routes.ReplyToPost, new { post_id = postId, content = $"re {postId}" });
}
