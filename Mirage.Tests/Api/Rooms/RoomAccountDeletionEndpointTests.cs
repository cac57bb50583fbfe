using System.Net;
using Mirage.Infrastructure;
using Mirage.Tests.Api.Support;

namespace Mirage.Tests.Api.Rooms;

public sealed class RoomAccountDeletionEndpointTests(DatabaseProvider provider) : ApiTest(provider)
{
    [Test]
    public async Task DeleteAccount_OfARoomCreatorAndMember_KeepsTheRoomAndRemovesTheirMembershipAndMessages()
    {
        var leaver = await Client.RegisterAndLoginAsync();
        var stayer = await Client.RegisterAndLoginAsync();
        var name = Names.Unique("kept");
        var roomId = await Client.CreateRoomAsync(leaver, name);
        await Client.JoinRoomOkAsync(stayer, name);
        var privateName = Names.Unique("guarded");
        var privateRoom = await Client.CreateRoomAsync(stayer, privateName, isPrivate: true);
        using (var wrong = await Client.JoinRoomAsync(leaver, privateName, "a wrong guess"))
        {
            await wrong.ShouldBeProblemAsync(403, "wrong password");
        }

        await Client.SendRoomMessageOkAsync(leaver, roomId, "goodbye");
        await Client.SendRoomMessageOkAsync(stayer, roomId, "bye!");

        using var deleted = await Client.SendWithTokenAsync(HttpMethod.Post, Routes.DeleteAccount, leaver.Token, new { password = leaver.Password });

        Assert.That(deleted.StatusCode, Is.EqualTo(HttpStatusCode.OK), await deleted.Content.ReadAsStringAsync());
        using (Assert.EnterMultipleScope())
        {
            Assert.That(await Client.GetRoomMembersAsync(stayer, roomId), Is.EqualTo(new[] { stayer.Username }));
            Assert.That((await Client.GetRoomMessagesAsync(stayer, roomId)).Texts(), Is.EqualTo(new[] { "bye!" }));
            Assert.That(await Client.GetRoomMembersAsync(stayer, privateRoom), Is.EqualTo(new[] { stayer.Username }));
        }

        using var again = await Client.PostAsAsync(stayer, Routes.CreateRoom, new { room_name = name, is_private = 0 });
        await again.ShouldBeProblemAsync(409, "room already exists");
    }

    protected override MirageApiFactory CreateFactory() => new(Provider, settings: RoomClientExtensions.ManyPublicRooms);
}
