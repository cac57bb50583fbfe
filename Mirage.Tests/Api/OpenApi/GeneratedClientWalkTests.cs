using Microsoft.Kiota.Abstractions;
using Mirage.Tests.Api.Support;
using Mirage.Tests.Client;
using Mirage.Tests.Client.Models;

namespace Mirage.Tests.Api.OpenApi;

/// <summary>
/// A client generated from <c>docs/openapi.json</c> walks the main flows against the real app, as a client
/// author's would, files included: if the document names a field, status or type the server does not give, the walk (or
/// the build) fails. One provider is enough for a contract, so it runs on SQLite.
/// </summary>
public sealed class GeneratedClientWalkTests : ProviderIndependentApiTest
{
    private const string Password = "correct horse battery";

    [Test]
    public async Task GeneratedClient_WalksTheMainFlows()
    {
        using var clients = new GeneratedClients(Factory);
        var (alice, bob) = (Names.Unique("alice"), Names.Unique("bob"));
        var aliceToken = await RegisterAndLogInAsync(clients.Anonymous(), alice);
        var asAlice = clients.SignedIn(aliceToken);
        var asBob = clients.SignedIn(await RegisterAndLogInAsync(clients.Anonymous(), bob));

        await EditProfileAsync(asAlice, clients.Anonymous(), alice);
        var postId = await PostVoteReplyAndFollowAsync(asBob, asAlice, bob, alice);
        await ReadFeedAsync(asAlice, postId);
        await SendAndReadDirectMessageAsync(asAlice, asBob, alice, bob);
        var roomId = await CreateAndUseRoomAsync(asAlice, asBob, alice, bob);
        await ShareFileAsync(asBob, clients.Anonymous(), roomId);
        await LogOutAsync(asAlice, aliceToken);

        Assert.That(clients.Contract.Answered.Select(a => a.Split(' ')[0]).Distinct(), Is.SupersetOf(new[]
        {
            "register", "login", "me", "patch_me", "user", "create_post", "vote_post", "reply_to_post", "get_replies", "follow",
            "check_follow", "get_followers", "get_post_by_id", "fyp", "send_inbox_message", "inbox", "inbox_count", "create_room",
            "join_room", "send_room_message", "get_room_messages", "room_members", "upload_file", "uploads", "logout",
        }));
    }

    private static async Task<string> RegisterAndLogInAsync(MirageClient anonymous, string username)
    {
        var registered = await anonymous.Api.Register.PostAsync(
            new RegisterRequest { Username = username, Email = $"{username}@example.com", Password = Password });
        Assert.That((registered!.Message, registered.Username), Is.EqualTo(("Welcome to MIRAGE", username)));

        var login = await anonymous.Api.Login.PostAsync(new LoginRequest { Username = username, Password = Password });
        Assert.That(login!.Username, Is.EqualTo(username));
        Assert.That(login.Token, Has.Length.GreaterThanOrEqualTo(22));
        return login.Token!;
    }

    private static async Task EditProfileAsync(MirageClient asAlice, MirageClient anonymous, string alice)
    {
        var me = await asAlice.Api.Me.GetAsync();
        Assert.That((me!.Username, me.Email, me.Description, me.Stats!.Posts), Is.EqualTo((alice, $"{alice}@example.com", (string?)null, 0)));

        var edited = await asAlice.Api.Me.PatchAsync(new UpdateProfileRequest { Description = "walks the flows", CustomCss = "body { color: red }" });
        Assert.That((edited!.Description, edited.CustomCss, edited.Removed), Is.EqualTo(("walks the flows", "body { color: red }", new List<string>())));

        var profile = await anonymous.Api.User[alice].GetAsync();
        Assert.That((profile!.Username, profile.Description), Is.EqualTo((alice, "walks the flows")));
        Assert.That(profile.CustomCssScoped, Does.Contain(".mirage-profile"));
    }

    private static async Task<long> PostVoteReplyAndFollowAsync(MirageClient asBob, MirageClient asAlice, string bob, string alice)
    {
        var created = await asBob.Api.Create_post.PostAsync(new CreatePostRequest { Content = "hello #mirage" });
        Assert.That((created!.Message, created.Post!.Username, created.Post.Content), Is.EqualTo(("post created", bob, "hello #mirage")));
        var postId = created.Post.Id!.Value;

        var vote = await asAlice.Api.Vote_post.PostAsync(new VoteRequest { PostId = postId, VoteType = VoteRequest_vote_type.Up });
        Assert.That(vote!.Message, Is.EqualTo("vote counted"));

        var reply = await asAlice.Api.Reply_to_post.PostAsync(new ReplyRequest { PostId = postId, Content = "well said" });
        Assert.That((reply!.Reply!.Username, reply.Reply.Content), Is.EqualTo((alice, "well said")));
        var replies = await asAlice.Api.Get_replies[postId].GetAsync();
        Assert.That(replies!.Replies!.Select(r => r.Id), Is.EqualTo(new[] { reply.Reply.Id }));

        var follow = await asAlice.Api.Follow.PostAsync(new FollowRequest { Username = bob });
        Assert.That(follow!.Message, Is.EqualTo($"now following {bob}"));
        var check = await asAlice.Api.Check_follow.GetAsync(c => c.QueryParameters.Username = bob);
        Assert.That(check!.IsFollowing, Is.True);
        var followers = await asAlice.Api.Get_followers[bob].GetAsync();
        Assert.That(followers!.Followers!.Select(f => f.Username), Is.EqualTo(new[] { alice }));

        var post = await asBob.Api.Get_post_by_id[postId].GetAsync();
        Assert.That((post!.Upvotes, post.Downvotes, post.ReplyCount), Is.EqualTo((1, 0, 1)));
        var stats = (await asBob.Api.Me.GetAsync())!.Stats!;
        Assert.That((stats.Followers, stats.Posts, stats.Upvotes), Is.EqualTo((1, 1, 1)));
        return postId;
    }

    private static async Task ReadFeedAsync(MirageClient asAlice, long postId)
    {
        var feed = await asAlice.Api.Fyp.GetAsync();

        Assert.That(feed!.Posts!.Select(p => p.Id), Does.Contain(postId));
        Assert.That(feed.TrendingTopics, Does.Contain("#mirage"));
    }

    private static async Task SendAndReadDirectMessageAsync(MirageClient asAlice, MirageClient asBob, string alice, string bob)
    {
        var sent = await asAlice.Api.Send_inbox_message.PostAsync(new SendMessageRequest { Recipient = bob, Message = "see you in the room" });
        Assert.That((sent!.Message, sent.InboxMessage!.Sender, sent.InboxMessage.Recipient), Is.EqualTo(("message sent", alice, bob)));

        var unread = await asBob.Api.Inbox_count.GetAsync();
        Assert.That((unread!.InboxCount, unread.UnreadCount), Is.EqualTo((1, 1)));
        var inbox = await asBob.Api.Inbox.GetAsync();
        Assert.That(inbox!.Messages!.Select(m => (m.Id, m.Sender, m.Message)), Is.EqualTo(new[] { (sent.InboxMessage.Id, alice, "see you in the room") }));
        Assert.That((await asBob.Api.Inbox_count.GetAsync())!.UnreadCount, Is.Zero);
    }

    private static async Task<long> CreateAndUseRoomAsync(MirageClient asAlice, MirageClient asBob, string alice, string bob)
    {
        var name = Names.Unique("room");
        var created = await asAlice.Api.Create_room.PostAsync(new CreateRoomRequest { RoomName = name, IsPrivate = false });
        Assert.That(created!.Message, Is.EqualTo($"room \"{name}\" created"));
        var roomId = created.RoomId!.Value;

        var joined = await asBob.Api.Join_room.PostAsync(new JoinRoomRequest { Name = name });
        Assert.That((joined!.RoomId, joined.RoomName), Is.EqualTo((roomId, name)));
        var sent = await asBob.Api.Send_room_message.PostAsync(new SendRoomMessageRequest { RoomId = roomId, Message = "hi room" });
        Assert.That(sent!.Message, Is.EqualTo("sent"));

        var messages = await asAlice.Api.Get_room_messages.GetAsync(c => c.QueryParameters.RoomId = roomId.ToString(System.Globalization.CultureInfo.InvariantCulture));
        Assert.That(messages!.Messages!.Select(m => (m.Username, m.Message, m.RoomId)), Is.EqualTo(new[] { (bob, "hi room", roomId) }));
        var members = await asAlice.Api.Room_members[roomId].GetAsync();
        Assert.That(members!.Members, Is.EquivalentTo(new[] { alice, bob }));
        return roomId;
    }

    private static async Task ShareFileAsync(MirageClient asBob, MirageClient anonymous, long roomId)
    {
        var form = new MultipartBody();
        form.AddOrReplacePart("file", "text/plain", new MemoryStream("notes for the room"u8.ToArray()), "notes.txt");
        var uploaded = await asBob.Api.Upload_file.PostAsync(form, c => c.QueryParameters.RoomId = roomId);
        Assert.That(uploaded!.Message, Is.EqualTo("File uploaded successfully"));

        await using var file = await anonymous.Uploads[new Uri(uploaded.FileUrl!).Segments[^1]].GetAsync();
        using var reader = new StreamReader(file!);
        Assert.That(await reader.ReadToEndAsync(), Is.EqualTo("notes for the room"));
    }

    private static async Task LogOutAsync(MirageClient asAlice, string token)
    {
        var loggedOut = await asAlice.Api.Logout.PostAsync(new LogoutRequest { Token = token });
        Assert.That(loggedOut!.Message, Is.EqualTo("logged out successfully"));

        var refused = Assert.ThrowsAsync<ProblemDetails>(() => asAlice.Api.Me.GetAsync());
        Assert.That((refused!.ResponseStatusCode, refused.Error), Is.EqualTo((401, "invalid token")));
    }
}
