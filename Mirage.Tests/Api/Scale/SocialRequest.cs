
namespace Mirage.Tests.Api.Scale;

/// <summary>One planned request of a concurrent run: what kind it is, who sends it, where, and with what body.</summary>
public sealed record SocialRequest(string Kind, TestAccount Sender, string Path, object Body)
{
    public static SocialRequest Follow(TestAccount sender, TestAccount target) => new("follow", sender, SocialRoutes.Follow, new { username = target.Username });

    public static SocialRequest Unfollow(TestAccount sender, TestAccount target) => new("unfollow", sender, SocialRoutes.Unfollow, new { username = target.Username });

    public static SocialRequest Vote(TestAccount sender, long postId, string voteType) => new($"vote {voteType}", sender, SocialRoutes.VotePost, new { post_id = postId, vote_type = voteType });

    public static SocialRequest Unvote(TestAccount sender, long postId) => new("unvote", sender, SocialRoutes.UnvotePost, new { post_id = postId });

    public static SocialRequest Post(TestAccount sender, string content) => new("create post", sender, SocialRoutes.CreatePost, new { content });

    public static SocialRequest Delete(TestAccount sender, long postId) => new("delete post", sender, SocialRoutes.DeletePost, new { post_id = postId });

    public static SocialRequest Reply(TestAccount sender, long postId) => new("reply", sender, SocialRoutes.ReplyToPost, new { post_id = postId, content = $"re {postId}" });
}
