using System.Net;
using Mirage.Infrastructure;
using Mirage.Tests.Api.Support;

namespace Mirage.Tests.Api.Rooms;

public sealed class RoomMessagesEndpointTests(DatabaseProvider provider) : ApiTest(provider)
{
    private TestAccount _ann = null!;
    private TestAccount _bob = null!;
    private TestAccount _outsider = null!;

    [OneTimeSetUp]
    public async Task RegisterPeople()
    {
        _ann = await Client.RegisterAndLoginAsync();
        _bob = await Client.RegisterAndLoginAsync();
        _outsider = await Client.RegisterAndLoginAsync();
    }

    [Test]
    public async Task SendRoomMessage_AsAMember_Returns200SentAndMembersReadItWithAuthorAndTime()
    {
        var (roomId, _) = await RoomOfAnnAndBobAsync();

        using var response = await Client.SendRoomMessageAsync(_ann, roomId, "  hello **room**  ");

        Assert.That(response.StatusCode, Is.EqualTo(HttpStatusCode.OK));
        Assert.That((await response.ReadJsonAsync())["message"]!.GetValue<string>(), Is.EqualTo("sent"));
        var message = (await Client.GetRoomMessagesAsync(_bob, roomId)).Single();
        using (Assert.EnterMultipleScope())
        {
            Assert.That(message.Select(p => p.Key), Is.EquivalentTo(new[] { "id", "username", "message", "created_at", "room_id" }));
            Assert.That(message["username"]!.GetValue<string>(), Is.EqualTo(_ann.Username));
            Assert.That(message["message"]!.GetValue<string>(), Is.EqualTo("hello **room**"));
            Assert.That(message["room_id"]!.GetValue<long>(), Is.EqualTo(roomId));
            Assert.That(message["created_at"]!.GetValue<string>(), Does.EndWith("Z"));
        }
    }

    [Test]
    public async Task GetRoomMessages_ListsOnlyThatRoomsMessagesOldestFirst()
    {
        var (roomId, _) = await RoomOfAnnAndBobAsync();
        var (otherRoomId, _) = await RoomOfAnnAndBobAsync();
        await Client.SendRoomMessageOkAsync(_ann, roomId, "one");
        await Client.SendRoomMessageOkAsync(_bob, otherRoomId, "elsewhere");
        await Client.SendRoomMessageOkAsync(_bob, roomId, "two");
        await Client.SendRoomMessageOkAsync(_ann, roomId, "three");

        var messages = await Client.GetRoomMessagesAsync(_bob, roomId);

        Assert.That(messages.Texts(), Is.EqualTo(new[] { "one", "two", "three" }));
        Assert.That(messages.Usernames(), Is.EqualTo(new[] { _ann.Username, _bob.Username, _ann.Username }));
    }

    [Test]
    public async Task GetRoomMessages_AfterAnId_ListsOnlyNewerOnes()
    {
        var (roomId, _) = await RoomOfAnnAndBobAsync();
        await Client.SendRoomMessageOkAsync(_ann, roomId, "seen");
        var seen = (await Client.GetRoomMessagesAsync(_bob, roomId)).Ids().Last();
        await Client.SendRoomMessageOkAsync(_ann, roomId, "new one");
        await Client.SendRoomMessageOkAsync(_bob, roomId, "new two");

        var newer = await Client.GetRoomMessagesAsync(_bob, roomId, after: seen);
        var none = await Client.GetRoomMessagesAsync(_bob, roomId, after: newer.Ids().Last());

        Assert.That(newer.Texts(), Is.EqualTo(new[] { "new one", "new two" }));
        Assert.That(none, Is.Empty);
    }

    [Test]
    public async Task GetRoomMessages_WithMoreThan100_ListsTheNewest100OldestFirstAndAfterPagesOnward()
    {
        var (roomId, _) = await RoomOfAnnAndBobAsync();
        for (var i = 1; i <= 105; i++)
        {
            await Client.SendRoomMessageOkAsync(_ann, roomId, $"m{i}");
        }

        var latest = await Client.GetRoomMessagesAsync(_bob, roomId);
        var fromStart = await Client.GetRoomMessagesAsync(_bob, roomId, after: 0);

        Assert.That(latest.Texts(), Is.EqualTo(Enumerable.Range(6, 100).Select(i => $"m{i}")));
        Assert.That(fromStart.Texts(), Is.EqualTo(Enumerable.Range(1, 100).Select(i => $"m{i}")));
    }

    [Test]
    public async Task SendRoomMessage_NotAMember_Returns403NotInThisRoom()
    {
        var (roomId, _) = await RoomOfAnnAndBobAsync();

        using var response = await Client.SendRoomMessageAsync(_outsider, roomId, "let me in");

        await response.ShouldBeProblemAsync(403, "you are not in this room");
    }

    [Test]
    public async Task GetRoomMessages_NotAMember_Returns403NotInThisRoom()
    {
        var (roomId, _) = await RoomOfAnnAndBobAsync();

        using var response = await Client.GetWithTokenAsync(Routes.RoomMessages(roomId), _outsider.Token);

        await response.ShouldBeProblemAsync(403, "you are not in this room");
    }

    [Test]
    public async Task SendRoomMessage_ToUnknownRoom_Returns404RoomNotFound()
    {
        using var response = await Client.SendRoomMessageAsync(_ann, 987_654_321, "anyone?");

        await response.ShouldBeProblemAsync(404, "room not found");
    }

    [Test]
    public async Task GetRoomMessages_OfUnknownRoom_Returns404RoomNotFound()
    {
        using var response = await Client.GetWithTokenAsync(Routes.RoomMessages(987_654_321), _ann.Token);

        await response.ShouldBeProblemAsync(404, "room not found");
    }

    private async Task<(long RoomId, string Name)> RoomOfAnnAndBobAsync()
    {
        var name = Names.Unique("chat");
        var roomId = await Client.CreateRoomAsync(_ann, name);
        await Client.JoinRoomOkAsync(_bob, name);
        return (roomId, name);
    }

    protected override MirageApiFactory CreateFactory() => new(Provider, settings: RoomClientExtensions.ManyPublicRooms);
}
