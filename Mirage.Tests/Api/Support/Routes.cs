namespace Mirage.Tests.Api.Support;

/// <summary>The contract's paths, in one place.</summary>
public static class Routes
{
    public const string Register = "/api/register";
    public const string Login = "/api/login";
    public const string Logout = "/api/logout";
    public const string Me = "/api/me";
    public const string UserCount = "/api/usercount";
    public const string Ping = "/api/ping";
    public const string Health = "/healthz";
    public const string HealthLive = "/healthz/live";
    public const string HealthReady = "/healthz/ready";
    public const string OpenApiDocument = "/openapi/v1.json";
    public const string Docs = "/docs/index.html";
    public const string Sessions = "/api/sessions";
    public const string LogoutAll = "/api/logout_all";
    public const string ChangePassword = "/api/change_password";
    public const string DeleteAccount = "/api/delete_account";
    public const string UserSettings = "/api/user/settings";
    public const string Follow = "/api/follow";
    public const string Unfollow = "/api/unfollow";
    public const string CreatePost = "/api/create_post";
    public const string DeletePost = "/api/delete_post";
    public const string VotePost = "/api/vote_post";
    public const string UnvotePost = "/api/unvote_post";
    public const string ReplyToPost = "/api/reply_to_post";
    public const string Feed = "/api/fyp";

    public static string Session(Guid id) => $"/api/sessions/{id}";

    public static string User(string username) => $"/api/user/{Uri.EscapeDataString(username)}";

    public static string CheckFollow(string username) => $"/api/check_follow?username={Uri.EscapeDataString(username)}";

    public static string Followers(string username) => $"/api/get_followers/{Uri.EscapeDataString(username)}";

    public static string Following(string username) => $"/api/get_following/{Uri.EscapeDataString(username)}";

    public static string Posts(string username) => $"/api/get_posts/{Uri.EscapeDataString(username)}";

    public static string Post(long id) => $"/api/get_post_by_id/{id}";

    public static string Replies(long postId) => $"/api/get_replies/{postId}";

    /// <summary>A list path with <c>?limit=</c> and, after the first page, <c>&amp;cursor=</c>.</summary>
    public static string Page(string path, int limit, string? cursor = null) =>
        cursor is null ? $"{path}?limit={limit}" : $"{path}?limit={limit}&cursor={Uri.EscapeDataString(cursor)}";

    // Direct messages (the first backend's inbox).
    public const string SendInboxMessage = "/api/send_inbox_message";
    public const string Inbox = "/api/inbox";
    public const string DeleteInboxMessage = "/api/delete_inbox_message";
    public const string InboxCount = "/api/inbox_count";

    // Files in rooms.
    public const string UploadFile = "/api/upload_file";

    public static string UploadFileToRoom(long roomId) => $"/api/upload_file?room_id={roomId}";

    public static string SharedFile(string id) => $"/uploads/{id}";

    // Chat rooms.
    public const string CreateRoom = "/api/create_room";
    public const string JoinRoom = "/api/join_room";
    public const string LeaveRoom = "/api/leave_room";
    public const string SendRoomMessage = "/api/send_room_message";
    public const string Rooms = "/api/rooms";
    public const string UserRooms = "/api/user_rooms";

    public static string RoomMembers(long roomId) => $"/api/room_members/{roomId}";

    public static string RoomMessages(long roomId, long? after = null) =>
        after is null ? $"/api/get_room_messages?room_id={roomId}" : $"/api/get_room_messages?room_id={roomId}&after={after}";
}
