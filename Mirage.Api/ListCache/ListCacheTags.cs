using System.Globalization;
using Mirage.Domain.Users;

namespace Mirage.Api.ListCache;

/// <summary>The tags kept answers are filed under, one per list; every answer also carries <see cref="All"/>.</summary>
public static class ListCacheTags
{
    public const string All = "lists";

    public static string PostsOf(string normalizedUsername) => "posts:" + normalizedUsername;

    public static string RepliesTo(long postId) => "replies:" + postId.ToString(CultureInfo.InvariantCulture);

    public static string FollowersOf(string normalizedUsername) => "followers:" + normalizedUsername;

    public static string FollowingOf(string normalizedUsername) => "following:" + normalizedUsername;

    /// <summary>The tag of a list named by a username route value, as the routes take it (any case, spaces around).</summary>
    public static string ForRouteUsername(Func<string, string> tag, object? username) =>
        tag(User.NormalizeUsername(username as string ?? string.Empty));

    /// <summary>The tag of a post's replies named by a route value; "007" names post 7, as the route reads it.</summary>
    public static string ForRoutePostId(object? postId) =>
        long.TryParse(postId as string, NumberStyles.Integer, CultureInfo.InvariantCulture, out var id) ? RepliesTo(id) : All;
}
