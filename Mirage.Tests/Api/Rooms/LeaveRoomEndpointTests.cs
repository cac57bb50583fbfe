using System.Net;
using Mirage.Infrastructure;
using Mirage.Tests.Api.Support;

namespace Mirage.Tests.Api.Rooms;

public sealed class LeaveRoomEndpointTests(DatabaseProvider provider) : ApiTest(provider)
{
    private TestAccount _creator = null!;
    private TestAccount _member = null!;

    [OneTimeSetUp]
    public async Task RegisterCreatorAndMember()
    {
        _creator = await Client.RegisterAndLoginAsync();
        _member = await Client.RegisterAndLoginAsync();
    }

    [Test]
    public async Task LeaveRoom_AsAMember_Returns200AndTheRoomNoLongerTakesTheirMessages()
    {
        var name = Names.Unique("leave");
        var roomId = await Client.CreateRoomAsync(_creator, name);
        await Client.JoinRoomOkAsync(_member, name);

        using var response = await Client.PostAsAsync(_member, Routes.LeaveRoom, new { room_id = roomId });

        Assert.That(response.StatusCode, Is.EqualTo(HttpStatusCode.OK));
        Assert.That((await response.ReadJsonAsync())["message"]!.GetValue<string>(), Is.EqualTo("left room"));
        Assert.That(await Client.GetRoomMembersAsync(_creator, roomId), Is.EqualTo(new[] { _creator.Username }));
        using var sent = await Client.SendRoomMessageAsync(_member, roomId, "still here?");
        await sent.ShouldBeProblemAsync(403, "you are not in this room");
    }

    [Test]
    public async Task LeaveRoom_NotAMember_Returns403NotInThisRoom()
    {
        var roomId = await Client.CreateRoomAsync(_creator);

        using var response = await Client.PostAsAsync(_member, Routes.LeaveRoom, new { room_id = roomId });

        await response.ShouldBeProblemAsync(403, "you are not in this room");
    }

    [Test]
    public async Task LeaveRoom_Unknown_Returns404RoomNotFound()
    {
        using var response = await Client.PostAsAsync(_member, Routes.LeaveRoom, new { room_id = 987_654_321 });

        await response.ShouldBeProblemAsync(404, "room not found");
    }

    [TestCase("""{}""")]
    [TestCase("""{"room_id":null}""")]
    public async Task LeaveRoom_WithoutRoomId_Returns400MissingFields(string body)
    {
        using var response = await Client.PostRawAsAsync(_member, Routes.LeaveRoom, body);

        await response.ShouldBeProblemAsync(400, "missing fields");
    }

    [TestCase("""{"room_id":"abc"}""")]
    [TestCase("""{"room_id":1e400}""")]
    [TestCase("""{"room_id":99999999999999999999999}""")]
    public async Task LeaveRoom_WithARoomIdThatIsNotAnId_Returns400(string body)
    {
        using var response = await Client.PostRawAsAsync(_member, Routes.LeaveRoom, body);

        await response.ShouldBeProblemAsync(400);
    }

    [Test]
    public async Task LeaveRoom_WithoutToken_Returns401()
    {
        using var response = await Client.PostJsonAsync(Routes.LeaveRoom, new { room_id = 1 });

        await response.ShouldBeProblemAsync(401);
    }

    protected override MirageApiFactory CreateFactory() => new(Provider, settings: RoomClientExtensions.ManyPublicRooms);
}
