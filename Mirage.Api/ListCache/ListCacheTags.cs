using System.Globalization;
using System.Security.Claims;
using Microsoft.Extensions.Primitives;
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

    public static string Room(long roomId) => "room:" + roomId.ToString(CultureInfo.InvariantCulture);

    public static string InboxOf(long userId) => InboxOf(userId.ToString(CultureInfo.InvariantCulture));

    public static string InboxOf(string userId) => "inbox:" + userId;

    /// <summary>The signed-in reader's user id, as the session's claim holds it.</summary>
    public static string Reader(HttpContext http) => http.User.FindFirstValue(ClaimTypes.NameIdentifier) ?? string.Empty;

    /// <summary>The tag of a list named by a username route value, as the routes take it (any case, spaces around).</summary>
    public static string ForRouteUsername(Func<string, string> tag, object? username) =>
        tag(User.NormalizeUsername(username as string ?? string.Empty));

    /// <summary>The tag of a room's messages named by the query's <c>room_id</c>, read as its binder reads it.</summary>
    public static string ForQueryRoomId(StringValues roomId) =>
        long.TryParse(roomId.ToString(), NumberStyles.Integer, CultureInfo.InvariantCulture, out var id) ? Room(id) : All;

    /// <summary>The tag of a post's replies named by a route value; "007" names post 7, as the route reads it.</summary>
    public static string ForRoutePostId(object? postId) =>
        long.TryParse(postId as string, NumberStyles.Integer, CultureInfo.InvariantCulture, out var id) ? RepliesTo(id) : All;
}
