
namespace Mirage.Tests.Api;

/// <summary>The contract's social paths, in one place.</summary>
public static class SocialRoutes
{
    public const string Follow = "/api/follow";
    public const string Unfollow = "/api/unfollow";
    public const string CreatePost = "/api/create_post";
    public const string DeletePost = "/api/delete_post";
    public const string VotePost = "/api/vote_post";
    public const string UnvotePost = "/api/unvote_post";
    public const string ReplyToPost = "/api/reply_to_post";
    public const string Feed = "/api/fyp";

    public static string CheckFollow(string username) => $"/api/check_follow?username={Uri.EscapeDataString(username)}";

    public static string Followers(string username) => $"/api/get_followers/{Uri.EscapeDataString(username)}";

    public static string Following(string username) => $"/api/get_following/{Uri.EscapeDataString(username)}";

    public static string Posts(string username) => $"/api/get_posts/{Uri.EscapeDataString(username)}";

    public static string Post(long id) => $"/api/get_post_by_id/{id}";

    public static string Replies(long postId) => $"/api/get_replies/{postId}";

    /// <summary>A list path with <c>?limit=</c> and, after the first page, <c>&amp;cursor=</c>.</summary>
    public static string Page(string path, int limit, string? cursor = null) =>
        cursor is null ? $"{path}?limit={limit}" : $"{path}?limit={limit}&cursor={Uri.EscapeDataString(cursor)}";
}
