using Mirage.Infrastructure;
using Mirage.Tests.Api.Support;

namespace Mirage.Tests.Api.Rooms;

public sealed class RoomListEndpointTests(DatabaseProvider provider) : ApiTest(provider)
{
    private TestAccount _owner = null!;
    private TestAccount _visitor = null!;

    [OneTimeSetUp]
    public async Task RegisterOwnerAndVisitor()
    {
        _owner = await Client.RegisterAndLoginAsync();
        _visitor = await Client.RegisterAndLoginAsync();
    }

    [Test]
    public async Task Rooms_ListsPublicRoomsOldestFirstWithJoinedForTheCallerAndNoPrivateOnes()
    {
        var joinedName = Names.Unique("joined");
        var joined = await Client.CreateRoomAsync(_owner, joinedName);
        var notJoined = await Client.CreateRoomAsync(_owner);
        var hidden = await Client.CreateRoomAsync(_owner, isPrivate: true);
        await Client.JoinRoomOkAsync(_visitor, joinedName);

        var rooms = (await Client.GetRoomPageAsync(_visitor, Routes.Rooms, "rooms")).Items.Select(r => r!.AsObject()).ToList();

        var ids = rooms.Select(r => r["room_id"]!.GetValue<long>()).ToList();
        using (Assert.EnterMultipleScope())
        {
            Assert.That(ids, Is.Ordered);
            Assert.That(ids, Does.Contain(joined).And.Contain(notJoined).And.Not.Contain(hidden));
            Assert.That(rooms.Select(r => r.Select(p => p.Key)), Has.All.EquivalentTo(new[] { "room_id", "name", "joined" }));
            Assert.That(rooms.Single(r => r["room_id"]!.GetValue<long>() == joined)["joined"]!.GetValue<bool>(), Is.True);
            Assert.That(rooms.Single(r => r["room_id"]!.GetValue<long>() == joined)["name"]!.GetValue<string>(), Is.EqualTo(joinedName));
            Assert.That(rooms.Single(r => r["room_id"]!.GetValue<long>() == notJoined)["joined"]!.GetValue<bool>(), Is.False);
        }
    }

    [Test]
    public async Task Rooms_InPagesOfTwo_ListEveryPublicRoomOnce()
    {
        for (var i = 0; i < 5; i++)
        {
            await Client.CreateRoomAsync(_owner);
        }

        var all = (await Client.GetRoomPageAsync(_owner, Routes.Page(Routes.Rooms, 100), "rooms")).Items;
        var paged = new List<long>();
        string? cursor = null;
        do
        {
            var (items, next) = await Client.GetRoomPageAsync(_owner, Routes.Page(Routes.Rooms, 2, cursor), "rooms");
            paged.AddRange(items.Select(r => r!["room_id"]!.GetValue<long>()));
            cursor = next;
        }
        while (cursor is not null);

        Assert.That(paged, Is.EqualTo(all.Select(r => r!["room_id"]!.GetValue<long>())));
    }

    [Test]
    public async Task UserRooms_ListsTheCallersPublicAndPrivateRoomsOnceEach()
    {
        var person = await Client.RegisterAndLoginAsync();
        var publicName = Names.Unique("pub");
        var publicRoom = await Client.CreateRoomAsync(_owner, publicName);
        var privateRoom = await Client.CreateRoomAsync(person, isPrivate: true);
        await Client.CreateRoomAsync(_owner);
        await Client.JoinRoomOkAsync(person, publicName);
        await Client.JoinRoomOkAsync(person, publicName);

        var rooms = (await Client.GetRoomPageAsync(person, Routes.UserRooms, "rooms")).Items.Select(r => r!.AsObject()).ToList();

        Assert.That(rooms.Select(r => r["room_id"]!.GetValue<long>()), Is.EqualTo(new[] { publicRoom, privateRoom }));
        Assert.That(rooms.Select(r => r["is_private"]!.GetValue<bool>()), Is.EqualTo(new[] { false, true }));
        Assert.That(rooms.Select(r => r.Select(p => p.Key)), Has.All.EquivalentTo(new[] { "room_id", "name", "is_private" }));
    }

    [Test]
    public async Task UserRooms_InPagesOfOne_HaveNextCursorsUntilTheLast()
    {
        var person = await Client.RegisterAndLoginAsync();
        var first = await Client.CreateRoomAsync(person);
        var second = await Client.CreateRoomAsync(person);

        var (page1, next1) = await Client.GetRoomPageAsync(person, Routes.Page(Routes.UserRooms, 1), "rooms");
        var (page2, next2) = await Client.GetRoomPageAsync(person, Routes.Page(Routes.UserRooms, 1, next1), "rooms");

        Assert.That(page1.Concat(page2).Select(r => r!["room_id"]!.GetValue<long>()), Is.EqualTo(new[] { first, second }));
        Assert.That(next1, Is.Not.Null);
        Assert.That(next2, Is.Null);
    }

    [Test]
    public async Task RoomMembers_OfAPublicRoom_AreShownToAnyone()
    {
        var roomId = await Client.CreateRoomAsync(_owner);

        Assert.That(await Client.GetRoomMembersAsync(_visitor, roomId), Is.EqualTo(new[] { _owner.Username }));
    }

    [Test]
    public async Task RoomMembers_OfAPrivateRoom_AreShownToMembersOnly()
    {
        var name = Names.Unique("priv");
        var roomId = await Client.CreateRoomAsync(_owner, name, isPrivate: true);

        using var outsider = await Client.GetWithTokenAsync(Routes.RoomMembers(roomId), _visitor.Token);
        await outsider.ShouldBeProblemAsync(403, "you are not in this room");

        var member = await Client.RegisterAndLoginAsync();
        await Client.JoinRoomOkAsync(member, name, RoomClientExtensions.RoomPassword);
        Assert.That(await Client.GetRoomMembersAsync(member, roomId), Is.EquivalentTo(new[] { _owner.Username, member.Username }));
    }

    [Test]
    public async Task RoomMembers_InPagesOfOne_ListEachMemberOnce()
    {
        var name = Names.Unique("many");
        var roomId = await Client.CreateRoomAsync(_owner, name);
        await Client.JoinRoomOkAsync(_visitor, name);

        var (page1, next) = await Client.GetRoomPageAsync(_owner, Routes.Page(Routes.RoomMembers(roomId), 1), "members");
        var (page2, last) = await Client.GetRoomPageAsync(_owner, Routes.Page(Routes.RoomMembers(roomId), 1, next), "members");

        Assert.That(page1.Concat(page2).Select(m => m!.GetValue<string>()), Is.EqualTo(new[] { _owner.Username, _visitor.Username }));
        Assert.That(last, Is.Null);
    }

    [TestCase("987654321")]
    [TestCase("abc")]
    [TestCase("99999999999999999999999")]
    public async Task RoomMembers_OfNoRoom_Returns404RoomNotFound(string roomId)
    {
        using var response = await Client.GetWithTokenAsync($"/api/room_members/{roomId}", _visitor.Token);

        await response.ShouldBeProblemAsync(404, "room not found");
    }

    [TestCase("/api/rooms?limit=0")]
    [TestCase("/api/user_rooms?limit=101")]
    [TestCase("/api/rooms?cursor=not-a-cursor")]
    public async Task RoomLists_WithABadPage_Return400(string path)
    {
        using var response = await Client.GetWithTokenAsync(path, _visitor.Token);

        await response.ShouldBeProblemAsync(400);
    }

    [TestCase("/api/rooms")]
    [TestCase("/api/user_rooms")]
    [TestCase("/api/room_members/1")]
    public async Task RoomLists_WithoutToken_Return401(string path)
    {
        using var response = await Client.GetAsync(path);

        await response.ShouldBeProblemAsync(401);
    }

    protected override MirageApiFactory CreateFactory() => new(Provider, settings: RoomClientExtensions.ManyPublicRooms);
}
