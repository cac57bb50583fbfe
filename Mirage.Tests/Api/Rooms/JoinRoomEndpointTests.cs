using System.Net;
using Mirage.Infrastructure;
using Mirage.Tests.Api.Support;

namespace Mirage.Tests.Api.Rooms;

public sealed class JoinRoomEndpointTests(DatabaseProvider provider) : ApiTest(provider)
{
    private TestAccount _creator = null!;
    private TestAccount _joiner = null!;

    [OneTimeSetUp]
    public async Task RegisterCreatorAndJoiner()
    {
        _creator = await Client.RegisterAndLoginAsync();
        _joiner = await Client.RegisterAndLoginAsync();
    }

    [Test]
    public async Task JoinRoom_Public_Returns200GreetingAndTheJoinerIsAMember()
    {
        var name = Names.Unique("pub");
        var roomId = await Client.CreateRoomAsync(_creator, name);

        using var response = await Client.JoinRoomAsync(_joiner, name.ToUpperInvariant());

        Assert.That(response.StatusCode, Is.EqualTo(HttpStatusCode.OK));
        var json = await response.ReadJsonAsync();
        using (Assert.EnterMultipleScope())
        {
            Assert.That(json["message"]!.GetValue<string>(), Is.EqualTo($"{_joiner.Username} joined room \"{name}\""));
            Assert.That(json["room_id"]!.GetValue<long>(), Is.EqualTo(roomId));
            Assert.That(json["room_name"]!.GetValue<string>(), Is.EqualTo(name));
            Assert.That(await Client.GetRoomMembersAsync(_joiner, roomId), Is.EquivalentTo(new[] { _creator.Username, _joiner.Username }));
        }
    }

    [Test]
    public async Task JoinRoom_Twice_Returns200AndListsTheMemberOnce()
    {
        var name = Names.Unique("twice");
        var roomId = await Client.CreateRoomAsync(_creator, name);
        await Client.JoinRoomOkAsync(_joiner, name);

        await Client.JoinRoomOkAsync(_joiner, name);

        Assert.That(await Client.GetRoomMembersAsync(_joiner, roomId), Is.EquivalentTo(new[] { _creator.Username, _joiner.Username }));
    }

    [Test]
    public async Task JoinRoom_PrivateWithTheRightPassword_Returns200()
    {
        var name = Names.Unique("priv");
        var roomId = await Client.CreateRoomAsync(_creator, name, isPrivate: true);

        await Client.JoinRoomOkAsync(_joiner, name, RoomClientExtensions.RoomPassword);

        Assert.That(await Client.GetRoomMembersAsync(_joiner, roomId), Does.Contain(_joiner.Username));
    }

    [Test]
    public async Task JoinRoom_PrivateWithoutPassword_Returns403PasswordRequired()
    {
        var name = Names.Unique("priv");
        await Client.CreateRoomAsync(_creator, name, isPrivate: true);

        using var response = await Client.JoinRoomAsync(_joiner, name);

        await response.ShouldBeProblemAsync(403, "password required");
    }

    [Test]
    public async Task JoinRoom_PrivateWithAWrongPassword_Returns403WrongPasswordAndDoesNotJoin()
    {
        var name = Names.Unique("priv");
        var roomId = await Client.CreateRoomAsync(_creator, name, isPrivate: true);

        using var response = await Client.JoinRoomAsync(_joiner, name, "not the password");

        await response.ShouldBeProblemAsync(403, "wrong password");
        using var members = await Client.GetWithTokenAsync(Routes.RoomMembers(roomId), _joiner.Token);
        await members.ShouldBeProblemAsync(403, "you are not in this room");
    }

    [Test]
    public async Task JoinRoom_PrivateAfterRepeatedWrongPasswords_Returns429WithRetryAfterEvenForTheRightOne()
    {
        var name = Names.Unique("priv");
        await Client.CreateRoomAsync(_creator, name, isPrivate: true);
        var guesser = await Client.RegisterAndLoginAsync();
        for (var i = 0; i < 5; i++)
        {
            using var wrong = await Client.JoinRoomAsync(guesser, name, $"guess number {i}");
            await wrong.ShouldBeProblemAsync(403, "wrong password");
        }

        using var locked = await Client.JoinRoomAsync(guesser, name, RoomClientExtensions.RoomPassword);

        await locked.ShouldBeProblemAsync(429, "too many failed attempts, try again later");
        Assert.That(locked.Headers.RetryAfter?.Delta, Is.GreaterThan(TimeSpan.FromMinutes(4)));

        // The lock is the guesser's alone: others still join, and the guesser can still log in.
        await Client.JoinRoomOkAsync(_joiner, name, RoomClientExtensions.RoomPassword);
        await Client.LoginForTokenAsync(guesser.Username);
    }

    [Test]
    public async Task JoinRoom_WithAPasswordAfterFewerWrongOnes_Returns200AndForgetsTheFailures()
    {
        var name = Names.Unique("priv");
        await Client.CreateRoomAsync(_creator, name, isPrivate: true);
        var member = await Client.RegisterAndLoginAsync();
        for (var i = 0; i < 4; i++)
        {
            using var wrong = await Client.JoinRoomAsync(member, name, $"guess number {i}");
            await wrong.ShouldBeProblemAsync(403, "wrong password");
        }

        await Client.JoinRoomOkAsync(member, name, RoomClientExtensions.RoomPassword);
    }

    [Test]
    public async Task JoinRoom_Unknown_Returns404RoomNotFound()
    {
        using var response = await Client.JoinRoomAsync(_joiner, Names.Unique("nowhere"));

        await response.ShouldBeProblemAsync(404, "room not found");
    }

    [TestCase("""{}""")]
    [TestCase("""{"name":null}""")]
    [TestCase("""{"name":"  "}""")]
    public async Task JoinRoom_WithoutName_Returns400MissingRoomName(string body)
    {
        using var response = await Client.PostRawAsAsync(_joiner, Routes.JoinRoom, body);

        await response.ShouldBeProblemAsync(400, "missing room name or token");
    }

    [Test]
    public async Task JoinRoom_WithoutToken_Returns401()
    {
        using var response = await Client.PostJsonAsync(Routes.JoinRoom, new { name = "anything" });

        await response.ShouldBeProblemAsync(401);
    }

    protected override MirageApiFactory CreateFactory() => new(Provider, settings: RoomClientExtensions.ManyPublicRooms);
}
