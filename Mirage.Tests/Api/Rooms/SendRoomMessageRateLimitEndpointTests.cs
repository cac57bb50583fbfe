using System.Globalization;
using Mirage.Tests.Api.Support;

namespace Mirage.Tests.Api.Rooms;

/// <summary>Room messages count against the same per-user sending limit as direct messages.</summary>
public sealed class SendRoomMessageRateLimitEndpointTests : ProviderIndependentApiTest
{
    private const int Limit = 3;

    protected override MirageApiFactory CreateFactory() => new(Provider, settings: new Dictionary<string, string>
    {
        ["RateLimiting:Enabled"] = "true",
        ["RateLimiting:SendMessage:PermitLimit"] = Limit.ToString(CultureInfo.InvariantCulture),
        ["RateLimiting:SendMessage:Window"] = "00:10:00",
    });

    [Test]
    public async Task Send_OverTheUserLimit_Returns429WithRetryAfterAndPostsNothing()
    {
        var ann = await Client.RegisterAndLoginAsync();
        var room = await Client.CreateRoomAsync(ann, isPrivate: true);
        for (var i = 0; i < Limit; i++)
        {
            await Client.SendRoomMessageOkAsync(ann, room, $"message {i}");
        }

        using var refused = await Client.SendRoomMessageAsync(ann, room, "one too many");

        await refused.ShouldBeProblemAsync(429, "too many requests, try again later");
        Assert.That(refused.Headers.RetryAfter?.Delta, Is.GreaterThan(TimeSpan.Zero));
        Assert.That(await Client.GetRoomMessagesAsync(ann, room), Has.Count.EqualTo(Limit));
    }

    [Test]
    public async Task Send_AfterDirectMessagesUsedTheLimit_Returns429()
    {
        var (bob, cat) = (await Client.RegisterAndLoginAsync(), await Client.RegisterAndLoginAsync());
        var room = await Client.CreateRoomAsync(bob, isPrivate: true);
        for (var i = 0; i < Limit; i++)
        {
            await Client.SendMessageIdAsync(bob, cat.Username);
        }

        using var refused = await Client.SendRoomMessageAsync(bob, room, "over the shared limit");

        await refused.ShouldBeProblemAsync(429, "too many requests, try again later");
    }
}
