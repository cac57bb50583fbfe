using System.Globalization;
using System.Text;
using Mirage.Tests.Api.Support;
using static Mirage.Tests.Api.Support.FileClientExtensions;

namespace Mirage.Tests.Api.Files;

/// <summary>An upload posts a room message, so it counts against the per-user sending limit.</summary>
public sealed class UploadRateLimitEndpointTests : ProviderIndependentApiTest
{
    private const int Limit = 2;

    protected override MirageApiFactory CreateFactory() => new(Provider, settings: new Dictionary<string, string>
    {
        ["RateLimiting:Enabled"] = "true",
        ["RateLimiting:SendMessage:PermitLimit"] = Limit.ToString(CultureInfo.InvariantCulture),
        ["RateLimiting:SendMessage:Window"] = "00:10:00",
    });

    [Test]
    public async Task Upload_OverTheUserLimit_Returns429AndPostsNothing()
    {
        var ann = await Client.RegisterAndLoginAsync();
        var room = await Client.OpenRoomAsync(ann);
        for (var i = 0; i < Limit; i++)
        {
            await Client.UploadForIdAsync(ann, room, Encoding.UTF8.GetBytes($"file {i}"));
        }

        using var refused = await Client.UploadAsync(ann, WebClientForm(room, Encoding.UTF8.GetBytes("one too many")));

        await refused.ShouldBeProblemAsync(429, "too many requests, try again later");
        Assert.That(await Client.RoomMessageTextsAsync(ann, room), Has.Count.EqualTo(Limit));
    }
}
