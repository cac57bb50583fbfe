using System.Net;
using Mirage.Infrastructure;
using Mirage.Tests.Api.Support;

namespace Mirage.Tests.Api.ListCache;

/// <summary>
/// The lists only their reader sees (a room's messages, which members poll, and the inbox), kept for an hour here:
/// each reader's copy is their own, and every write through the API shows in the next read.
/// </summary>
public sealed class ListCacheReaderEndpointTests() : ProviderIndependentApiTest
{
    protected override MirageApiFactory CreateFactory() =>
        new(DatabaseProvider.Sqlite, settings: new Dictionary<string, string> { ["ListCache:Lifetime"] = "01:00:00" });

    [Test]
    public async Task RoomPoll_WithNothingNew_ShowsAMessageSentAfterItWasKept()
    {
        var (ann, bob, roomId) = await TwoMembersAsync();
        await Client.SendRoomMessageOkAsync(ann, roomId, "first");
        var newest = (await Client.GetRoomMessagesAsync(bob, roomId)).Ids().Last();
        Assert.That(await Client.GetRoomMessagesAsync(bob, roomId, after: newest), Is.Empty);

        await Client.SendRoomMessageOkAsync(ann, roomId, "second");

        Assert.That((await Client.GetRoomMessagesAsync(bob, roomId, after: newest)).Texts(), Is.EqualTo(new[] { "second" }));
    }

    [Test]
    public async Task RoomMessages_KeptForAMember_AreNotShownToSomeoneOutsideTheRoom()
    {
        var (ann, _, roomId) = await TwoMembersAsync();
        await Client.SendRoomMessageOkAsync(ann, roomId, "members only");
        Assert.That((await Client.GetRoomMessagesAsync(ann, roomId)).Texts(), Is.EqualTo(new[] { "members only" }));
        var outsider = await Client.RegisterAndLoginAsync(Names.Unique("out"));

        using var response = await Client.GetWithTokenAsync(Routes.RoomMessages(roomId), outsider.Token);

        await response.ShouldBeProblemAsync(403, "you are not in this room");
    }

    [Test]
    public async Task RoomMessages_AfterTheReaderLeft_AreRefused()
    {
        var (ann, bob, roomId) = await TwoMembersAsync();
        await Client.SendRoomMessageOkAsync(ann, roomId, "before bob left");
        Assert.That(await Client.GetRoomMessagesAsync(bob, roomId), Has.Count.EqualTo(1));

        using var left = await Client.PostAsAsync(bob, Routes.LeaveRoom, new { room_id = roomId });
        Assert.That(left.StatusCode, Is.EqualTo(HttpStatusCode.OK));
        using var response = await Client.GetWithTokenAsync(Routes.RoomMessages(roomId), bob.Token);

        await response.ShouldBeProblemAsync(403, "you are not in this room");
    }

    [Test]
    public async Task Inbox_ShowsAMessageSentAfterItWasKept_ToBothPeople()
    {
        var ann = await Client.RegisterAndLoginAsync(Names.Unique("ann"));
        var bob = await Client.RegisterAndLoginAsync(Names.Unique("bob"));
        Assert.That((await Client.GetInboxAsync(ann)).Messages, Is.Empty);
        Assert.That((await Client.GetInboxAsync(bob)).Messages, Is.Empty);

        await Client.SendMessageAsync(bob, ann.Username, "hi ann");

        Assert.That(Texts((await Client.GetInboxAsync(ann)).Messages), Is.EqualTo(new[] { "hi ann" }));
        Assert.That(Texts((await Client.GetInboxAsync(bob)).Messages), Is.EqualTo(new[] { "hi ann" }));
    }

    [Test]
    public async Task Inbox_AfterEitherPersonDeletesAMessage_NoLongerShowsItToEither()
    {
        var ann = await Client.RegisterAndLoginAsync(Names.Unique("ann"));
        var bob = await Client.RegisterAndLoginAsync(Names.Unique("bob"));
        var id = await Client.SendMessageIdAsync(bob, ann.Username, "regrettable");
        Assert.That((await Client.GetInboxAsync(ann)).Messages, Has.Count.EqualTo(1));
        Assert.That((await Client.GetInboxAsync(bob)).Messages, Has.Count.EqualTo(1));

        using var deleted = await Client.DeleteMessageAsync(ann, id);
        Assert.That(deleted.StatusCode, Is.EqualTo(HttpStatusCode.OK));

        Assert.That((await Client.GetInboxAsync(ann)).Messages, Is.Empty);
        Assert.That((await Client.GetInboxAsync(bob)).Messages, Is.Empty);
    }

    [Test]
    public async Task Inbox_KeptForOnePerson_IsNotShownToAnother()
    {
        var ann = await Client.RegisterAndLoginAsync(Names.Unique("ann"));
        var bob = await Client.RegisterAndLoginAsync(Names.Unique("bob"));
        var carol = await Client.RegisterAndLoginAsync(Names.Unique("carol"));
        await Client.SendMessageAsync(bob, ann.Username, "for ann");

        var anns = Texts((await Client.GetInboxAsync(ann)).Messages);
        var carols = Texts((await Client.GetInboxAsync(carol)).Messages);

        Assert.That(anns, Is.EqualTo(new[] { "for ann" }));
        Assert.That(carols, Is.Empty);
    }

    [Test]
    public async Task InboxCount_AfterTheFirstPageWasServedFromTheKeptCopy_StillCountsItRead()
    {
        var ann = await Client.RegisterAndLoginAsync(Names.Unique("ann"));
        var bob = await Client.RegisterAndLoginAsync(Names.Unique("bob"));
        await Client.SendMessageAsync(bob, ann.Username, "one");
        await Client.GetInboxAsync(ann);
        await Client.GetInboxAsync(ann);

        await Client.SendMessageAsync(bob, ann.Username, "two");
        var beforeReading = await Client.GetInboxCountAsync(ann);
        await Client.GetInboxAsync(ann);
        var afterReading = await Client.GetInboxCountAsync(ann);

        Assert.That((beforeReading, afterReading), Is.EqualTo(((2, 1), (2, 0))));
    }

    private static List<string> Texts(List<System.Text.Json.Nodes.JsonObject> messages) => messages.Select(m => m["message"]!.GetValue<string>()).ToList();

    private async Task<(TestAccount Ann, TestAccount Bob, long RoomId)> TwoMembersAsync()
    {
        var ann = await Client.RegisterAndLoginAsync(Names.Unique("ann"));
        var bob = await Client.RegisterAndLoginAsync(Names.Unique("bob"));
        var name = Names.Unique("room");
        var roomId = await Client.CreateRoomAsync(ann, name);
        await Client.JoinRoomOkAsync(bob, name);
        return (ann, bob, roomId);
    }
}
