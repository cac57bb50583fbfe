using Mirage.Infrastructure;
using Mirage.Tests.Api.Support;

namespace Mirage.Tests.Api.Rooms;

public sealed class RoomMessagesBadInputEndpointTests(DatabaseProvider provider) : ApiTest(provider)
{
    private TestAccount _ann = null!;
    private TestAccount _bob = null!;

    [OneTimeSetUp]
    public async Task RegisterPeople()
    {
        _ann = await Client.RegisterAndLoginAsync();
        _bob = await Client.RegisterAndLoginAsync();
    }

    [TestCase("""{"message":"hi"}""")]
    [TestCase("""{"room_id":1}""")]
    [TestCase("""{"room_id":1,"message":"   "}""")]
    [TestCase("""{"room_id":1,"message":null}""")]
    public async Task SendRoomMessage_WithMissingFields_Returns400MissingFields(string body)
    {
        using var response = await Client.PostRawAsAsync(_ann, Routes.SendRoomMessage, body);

        await response.ShouldBeProblemAsync(400, "missing fields");
    }

    [Test]
    public async Task SendRoomMessage_Of2001Characters_Returns400TooLong()
    {
        var (roomId, _) = await RoomOfAnnAndBobAsync();

        using var response = await Client.SendRoomMessageAsync(_ann, roomId, new string('m', 2001));

        await response.ShouldBeProblemAsync(400, "message cannot exceed 2000 characters");
        Assert.That(await Client.GetRoomMessagesAsync(_ann, roomId), Is.Empty);
    }

    [Test]
    public async Task SendRoomMessage_Of2000Characters_Returns200()
    {
        var (roomId, _) = await RoomOfAnnAndBobAsync();

        await Client.SendRoomMessageOkAsync(_ann, roomId, new string('m', 2000));
    }

    [TestCase("/api/get_room_messages")]
    [TestCase("/api/get_room_messages?room_id=")]
    [TestCase("/api/get_room_messages?room_id=abc")]
    [TestCase("/api/get_room_messages?room_id=-1")]
    [TestCase("/api/get_room_messages?room_id=99999999999999999999999")]
    public async Task GetRoomMessages_WithoutARoomId_Returns400MissingRoomId(string path)
    {
        using var response = await Client.GetWithTokenAsync(path, _ann.Token);

        await response.ShouldBeProblemAsync(400, "missing token or room id");
    }

    [TestCase("abc")]
    [TestCase("-5")]
    [TestCase("1.5")]
    public async Task GetRoomMessages_WithAnAfterThatIsNotAnId_Returns400(string after)
    {
        var (roomId, _) = await RoomOfAnnAndBobAsync();

        using var response = await Client.GetWithTokenAsync($"/api/get_room_messages?room_id={roomId}&after={after}", _ann.Token);

        await response.ShouldBeProblemAsync(400, "after must be a message id");
    }

    [TestCase("""{"room_id":"abc","message":"hi"}""")]
    [TestCase("""{"room_id":1,"message":42}""")]
    [TestCase("""{"room_id":1,"message":["hi"]}""")]
    [TestCase("""{"room_id":99999999999999999999999,"message":"hi"}""")]
    [TestCase("""["hi"]""")]
    public async Task SendRoomMessage_WithWrongJsonTypes_Returns400(string body)
    {
        using var response = await Client.PostRawAsAsync(_ann, Routes.SendRoomMessage, body);

        await response.ShouldBeProblemAsync(400);
    }

    [Test]
    public async Task SendRoomMessage_WithoutToken_Returns401()
    {
        using var response = await Client.PostJsonAsync(Routes.SendRoomMessage, new { room_id = 1, message = "hi" });

        await response.ShouldBeProblemAsync(401);
    }

    [Test]
    public async Task GetRoomMessages_WithoutToken_Returns401()
    {
        using var response = await Client.GetAsync(Routes.RoomMessages(1));

        await response.ShouldBeProblemAsync(401);
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
