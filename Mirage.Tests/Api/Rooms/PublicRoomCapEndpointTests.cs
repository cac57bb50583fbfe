using System.Net;
using Mirage.Infrastructure;
using Mirage.Tests.Api.Support;

namespace Mirage.Tests.Api.Rooms;

/// <summary>The public-room cap (here Rooms:MaxPublicRooms = 3) holds exactly under concurrent creators.</summary>
public sealed class PublicRoomCapEndpointTests(DatabaseProvider provider) : ApiTest(provider)
{
    private const string CapReached =
        "maximum number of public rooms reached (3). Please create a private room to continue the conversation with the people you would like to";

    [Test]
    public async Task CreateRoom_TwelvePublicAtOnceUnderACapOfThree_CreatesExactlyThreeAndRefusesTheRestNamingTheCap()
    {
        var creator = await Client.RegisterAndLoginAsync();

        var responses = await Task.WhenAll(Enumerable.Range(0, 12).Select(_ =>
            Client.PostAsAsync(creator, Routes.CreateRoom, new { room_name = Names.Unique("race"), is_private = 0 })));

        var codes = responses.Select(r => (int)r.StatusCode).ToList();
        using (Assert.EnterMultipleScope())
        {
            Assert.That(codes.Count(c => c == 201), Is.EqualTo(3), string.Join(",", codes));
            Assert.That(codes.Count(c => c == 400), Is.EqualTo(9), string.Join(",", codes));
        }

        await responses.First(r => r.StatusCode == HttpStatusCode.BadRequest).ShouldBeProblemAsync(400, CapReached);
        var (rooms, _) = await Client.GetRoomPageAsync(creator, Routes.Rooms, "rooms");
        Assert.That(rooms, Has.Count.EqualTo(3));

        // Private rooms are not capped.
        await Client.CreateRoomAsync(creator, isPrivate: true);
        foreach (var response in responses)
        {
            response.Dispose();
        }
    }

    protected override MirageApiFactory CreateFactory() =>
        new(Provider, settings: new Dictionary<string, string> { ["Rooms:MaxPublicRooms"] = "3" });
}
