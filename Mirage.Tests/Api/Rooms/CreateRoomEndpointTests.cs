using System.Net;
using Mirage.Infrastructure;
using Mirage.Tests.Api.Support;

namespace Mirage.Tests.Api.Rooms;

public sealed class CreateRoomEndpointTests(DatabaseProvider provider) : ApiTest(provider)
{
    private const string InvalidFields = "invalid fields received";

    private TestAccount _creator = null!;

    [OneTimeSetUp]
    public async Task RegisterCreator() => _creator = await Client.RegisterAndLoginAsync();

    [Test]
    public async Task CreateRoom_Public_Returns201WithIdAndTheCreatorIsAMember()
    {
        var name = Names.Unique("lobby");

        using var response = await Client.PostAsAsync(_creator, Routes.CreateRoom, new { room_name = $"  {name} ", is_private = 0 });

        Assert.That(response.StatusCode, Is.EqualTo(HttpStatusCode.Created));
        var json = await response.ReadJsonAsync();
        var roomId = json["room_id"]!.GetValue<long>();
        using (Assert.EnterMultipleScope())
        {
            Assert.That(json.Select(p => p.Key), Is.EquivalentTo(new[] { "message", "room_id" }));
            Assert.That(json["message"]!.GetValue<string>(), Is.EqualTo($"room \"{name}\" created"));
            Assert.That(await Client.GetRoomMembersAsync(_creator, roomId), Is.EqualTo(new[] { _creator.Username }));
        }
    }

    [TestCase("true")]
    [TestCase("1")]
    public async Task CreateRoom_PrivateWithPassword_Returns201AndTheRoomIsNotListed(string isPrivate)
    {
        var name = Names.Unique("secret");

        using var response = await Client.PostRawAsAsync(
            _creator, Routes.CreateRoom, $$"""{"room_name":"{{name}}","is_private":{{isPrivate}},"password":"hunter2hunter2"}""");

        Assert.That(response.StatusCode, Is.EqualTo(HttpStatusCode.Created), await response.Content.ReadAsStringAsync());
        var (rooms, _) = await Client.GetRoomPageAsync(_creator, Routes.Rooms, "rooms");
        Assert.That(rooms.Select(r => r!["name"]!.GetValue<string>()), Does.Not.Contain(name));
    }

    [TestCase("""{"room_name":"","is_private":0}""", TestName = "CreateRoom_WithEmptyName_Returns400InvalidFields")]
    [TestCase("""{"room_name":"   ","is_private":0}""", TestName = "CreateRoom_WithBlankName_Returns400InvalidFields")]
    [TestCase("""{"is_private":0}""", TestName = "CreateRoom_WithoutName_Returns400InvalidFields")]
    [TestCase("""{"room_name":"x","is_private":2}""", TestName = "CreateRoom_WithIsPrivateTwo_Returns400InvalidFields")]
    [TestCase("""{"room_name":"x","is_private":"yes"}""", TestName = "CreateRoom_WithIsPrivateText_Returns400InvalidFields")]
    [TestCase("""{"room_name":"x","is_private":[1]}""", TestName = "CreateRoom_WithIsPrivateArray_Returns400InvalidFields")]
    [TestCase("""{"room_name":"x","is_private":1}""", TestName = "CreateRoom_PrivateWithoutPassword_Returns400InvalidFields")]
    [TestCase("""{"room_name":"x","is_private":true,"password":"  "}""", TestName = "CreateRoom_PrivateWithBlankPassword_Returns400InvalidFields")]
    public async Task CreateRoom_WithInvalidFields_Returns400InvalidFields(string body)
    {
        using var response = await Client.PostRawAsAsync(_creator, Routes.CreateRoom, body);

        await response.ShouldBeProblemAsync(400, InvalidFields);
    }

    [TestCase("""{"room_name":5,"is_private":0}""")]
    [TestCase("""{"room_name":"x","is_private":1,"password":1234}""")]
    [TestCase("""["x"]""")]
    [TestCase("{\"room_name\":\"x")]
    public async Task CreateRoom_WithWrongJsonTypesOrMalformedJson_Returns400(string body)
    {
        using var response = await Client.PostRawAsAsync(_creator, Routes.CreateRoom, body);

        await response.ShouldBeProblemAsync(400);
    }

    [Test]
    public async Task CreateRoom_WithNameOf65Characters_Returns400InvalidFields()
    {
        using var response = await Client.PostAsAsync(_creator, Routes.CreateRoom, new { room_name = new string('n', 65), is_private = 0 });

        await response.ShouldBeProblemAsync(400, InvalidFields);
    }

    [Test]
    public async Task CreateRoom_WithNameOf64Characters_Returns201()
    {
        using var response = await Client.PostAsAsync(_creator, Routes.CreateRoom, new { room_name = Names.Unique("n").PadRight(64, 'n'), is_private = 0 });

        Assert.That(response.StatusCode, Is.EqualTo(HttpStatusCode.Created));
    }

    [Test]
    public async Task CreateRoom_WithPasswordOver256Characters_Returns400InvalidFields()
    {
        using var response = await Client.PostAsAsync(
            _creator, Routes.CreateRoom, new { room_name = Names.Unique("long"), is_private = true, password = new string('p', 257) });

        await response.ShouldBeProblemAsync(400, InvalidFields);
    }

    [Test]
    public async Task CreateRoom_WithANameTakenInOtherCase_Returns409RoomAlreadyExists()
    {
        var name = Names.Unique("taken");
        await Client.CreateRoomAsync(_creator, name);

        using var response = await Client.PostAsAsync(_creator, Routes.CreateRoom, new { room_name = name.ToUpperInvariant(), is_private = 1, password = "whatever12" });

        await response.ShouldBeProblemAsync(409, "room already exists");
    }

    [Test]
    public async Task CreateRoom_WithoutToken_Returns401()
    {
        using var response = await Client.PostJsonAsync(Routes.CreateRoom, new { room_name = Names.Unique("anon"), is_private = 0 });

        await response.ShouldBeProblemAsync(401);
    }

    protected override MirageApiFactory CreateFactory() => new(Provider, settings: RoomClientExtensions.ManyPublicRooms);
}
