namespace Mirage.Api.OpenApi;

/// <summary>
/// The OpenAPI document's tags, one per operation (<c>[Tags]</c> on each controller or action), listed in
/// the order a person meets the product: an account, a session, a profile, then the social features.
/// </summary>
public static class ApiTags
{
    public const string Accounts = "accounts";
    public const string Sessions = "sessions";
    public const string Profiles = "profiles";
    public const string Posts = "posts";
    public const string Votes = "votes";
    public const string Replies = "replies";
    public const string Follows = "follows";
    public const string Feed = "feed";
    public const string Messages = "messages";
    public const string Rooms = "rooms";
    public const string Files = "files";
    public const string Status = "status";

    public static readonly IReadOnlyList<KeyValuePair<string, string>> InFlowOrder =
    [
        new(Accounts, "Registering, changing the password, deleting the account, counting users."),
        new(Sessions, "Logging in and out: one session per device, each with its own token."),
        new(Profiles, "Public profiles and one's own profile, with its custom CSS."),
        new(Posts, "Short texts of up to 512 characters."),
        new(Votes, "Up- and down-votes on other people's posts."),
        new(Replies, "Replies to posts."),
        new(Follows, "Following people and listing who follows whom."),
        new(Feed, "The personalised feed and its trending hashtags."),
        new(Messages, "Direct messages between two users (the inbox)."),
        new(Rooms, "Public and private chat rooms whose messages expire."),
        new(Files, "Files shared in rooms and served by link."),
        new(Status, "Liveness."),
    ];
}
