using Mirage.Infrastructure;
using Mirage.Tests.Api.Support;

namespace Mirage.Tests.Api.Rooms;

/// <summary>Names and memberships stay unique when requests race.</summary>
public sealed class RoomConcurrencyEndpointTests(DatabaseProvider provider) : ApiTest(provider)
{
    [TestCase(false)]
    [TestCase(true)]
    public async Task CreateRoom_TwentyAtOnceWithOneNameInAnyCase_CreatesExactlyOne(bool isPrivate)
    {
        var creator = await Client.RegisterAndLoginAsync();
        var name = Names.Unique("same");

        var responses = await Task.WhenAll(Enumerable.Range(0, 20).Select(i => Client.PostAsAsync(
            creator,
            Routes.CreateRoom,
            new { room_name = i % 2 == 0 ? name : name.ToUpperInvariant(), is_private = isPrivate, password = "shared secret" })));

        var codes = responses.Select(r => (int)r.StatusCode).ToList();
        using (Assert.EnterMultipleScope())
        {
            Assert.That(codes.Count(c => c == 201), Is.EqualTo(1), string.Join(",", codes));
            Assert.That(codes.Count(c => c == 409), Is.EqualTo(19), string.Join(",", codes));
        }

        var (mine, _) = await Client.GetRoomPageAsync(creator, Routes.UserRooms, "rooms");
        Assert.That(mine, Has.Count.EqualTo(1));
        foreach (var response in responses)
        {
            response.Dispose();
        }
    }

    [Test]
    public async Task JoinRoom_TwentyTimesAtOnceBySomeone_MakesThemAMemberOnce()
    {
        var creator = await Client.RegisterAndLoginAsync();
        var joiner = await Client.RegisterAndLoginAsync();
        var name = Names.Unique("join");
        var roomId = await Client.CreateRoomAsync(creator, name);

        var responses = await Task.WhenAll(Enumerable.Range(0, 20).Select(_ => Client.JoinRoomAsync(joiner, name)));

        Assert.That(responses.Select(r => (int)r.StatusCode), Has.All.EqualTo(200));
        Assert.That(await Client.GetRoomMembersAsync(creator, roomId), Is.EquivalentTo(new[] { creator.Username, joiner.Username }));
        var (joinerRooms, _) = await Client.GetRoomPageAsync(joiner, Routes.UserRooms, "rooms");
        Assert.That(joinerRooms, Has.Count.EqualTo(1));
        foreach (var response in responses)
        {
            response.Dispose();
        }
    }

    protected override MirageApiFactory CreateFactory() => new(Provider, settings: RoomClientExtensions.ManyPublicRooms);
}
