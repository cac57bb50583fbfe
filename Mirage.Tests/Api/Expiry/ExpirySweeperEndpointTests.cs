using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Mirage.Domain.Common;
using Mirage.Infrastructure;
using Mirage.Infrastructure.Persistence;
using Mirage.Tests.Api.Support;

namespace Mirage.Tests.Api.Expiry;

/// <summary>The background sweeper runs every registered sweep on its interval, on the real clock.</summary>
public sealed class ExpirySweeperEndpointTests(DatabaseProvider provider) : ApiTest(provider)
{
    private readonly CountingSweep _spy = new();

    [Test]
    public async Task ExpirySweeper_EveryInterval_RunsEachSweepAndDeletesExpiredRoomMessages()
    {
        var member = await Client.RegisterAndLoginAsync();
        var roomId = await Client.CreateRoomAsync(member);
        await Client.SendRoomMessageOkAsync(member, roomId, "gone in a second");

        var deadline = DateTime.UtcNow.AddSeconds(20);
        while (await CountMessagesAsync(roomId) > 0 && DateTime.UtcNow < deadline)
        {
            await Task.Delay(100);
        }

        Assert.That(await CountMessagesAsync(roomId), Is.Zero, "the room message sweep did not run");
        Assert.That(_spy.Runs, Is.GreaterThan(0), "the other registered sweep did not run");
    }

    protected override MirageApiFactory CreateFactory() => new(
        Provider,
        services => services.AddSingleton<IExpirySweep>(_spy),
        new Dictionary<string, string> { ["Rooms:ExpirySweepInterval"] = "00:00:00.200", ["Rooms:MessageLifetime"] = "00:00:01" });

    private async Task<int> CountMessagesAsync(long roomId)
    {
        await using var scope = Factory.Services.CreateAsyncScope();
        return await scope.ServiceProvider.GetRequiredService<MirageDbContext>().RoomMessages.CountAsync(m => m.RoomId == roomId);
    }
}
