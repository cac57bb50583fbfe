using System.Net;
using Mirage.Domain.Rooms;
using Mirage.Infrastructure;
using Mirage.Infrastructure.Passwords;
using Mirage.Tests.Api.Support;

namespace Mirage.Tests.Api.Rooms;

/// <summary>A private room imported from the first Mirage backend, its password stored as <c>sha256:</c> and the hex.</summary>
public sealed class LegacyRoomPasswordEndpointTests(DatabaseProvider provider) : ApiTest(provider)
{
    private const string OpenSesame = LegacyRoomPassword.Prefix + "41ef4bb0b23661e66301aac36066912dac037827b4ae63a7b1165a5aa93ed4eb";

    [Test]
    public async Task Join_WithTheRightPassword_Returns200AndTheRoomGetsASlowHashThatLetsTheNextPersonIn()
    {
        var (name, roomId) = await ImportedRoomAsync();
        var ann = await Client.RegisterAndLoginAsync();
        var ben = await Client.RegisterAndLoginAsync();

        using var joined = await Client.JoinRoomAsync(ann, name, "open sesame");
        var stored = await Factory.GetRoomPasswordHashAsync(roomId);
        using var next = await Client.JoinRoomAsync(ben, name, "open sesame");

        Assert.That((joined.StatusCode, next.StatusCode), Is.EqualTo((HttpStatusCode.OK, HttpStatusCode.OK)));
        Assert.That(stored, Does.StartWith("AQAAAA"));
    }

    [Test]
    public async Task Join_WithAWrongPassword_Returns403WrongPasswordAndKeepsTheImportedHash()
    {
        var (name, roomId) = await ImportedRoomAsync();
        var ann = await Client.RegisterAndLoginAsync();

        using var response = await Client.JoinRoomAsync(ann, name, "open sesame!");

        await response.ShouldBeProblemAsync(403, "wrong password");
        Assert.That(await Factory.GetRoomPasswordHashAsync(roomId), Is.EqualTo(OpenSesame));
    }

    [Test]
    public async Task Join_UnderAHashWithFewerIterationsThanConfigured_Returns200AndUpgradesIt()
    {
        var (name, roomId) = await ImportedRoomAsync();
        var weaker = new IdentityPasswordHasher(MirageApiFactory.TestHashIterations / 2).Hash("open sesame");
        await Factory.SetRoomPasswordHashAsync(roomId, weaker);
        var ann = await Client.RegisterAndLoginAsync();

        using var response = await Client.JoinRoomAsync(ann, name, "open sesame");

        Assert.That(response.StatusCode, Is.EqualTo(HttpStatusCode.OK));
        Assert.That(await Factory.GetRoomPasswordHashAsync(roomId), Is.Not.EqualTo(weaker).And.StartWith("AQAAAA"));
    }

    private async Task<(string Name, long Id)> ImportedRoomAsync()
    {
        var creator = await Client.RegisterAndLoginAsync();
        var name = Names.Unique("club");
        var roomId = await Client.CreateRoomAsync(creator, name, isPrivate: true);
        await Factory.SetRoomPasswordHashAsync(roomId, OpenSesame);
        return (name, roomId);
    }
}
