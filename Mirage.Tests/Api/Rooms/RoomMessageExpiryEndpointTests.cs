using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Mirage.Domain.Common;
using Mirage.Domain.Rooms;
using Mirage.Infrastructure;
using Mirage.Infrastructure.Persistence;
using Mirage.Infrastructure.Persistence.Rooms;
using Mirage.Tests.Api.Support;

namespace Mirage.Tests.Api.Rooms;

/// <summary>Messages vanish from reads 15 hours after they are sent, swept or not; the sweep deletes them.</summary>
public sealed class RoomMessageExpiryEndpointTests(DatabaseProvider provider) : ClockedApiTest(provider)
{
    private TestAccount _member = null!;

    [OneTimeSetUp]
    public async Task RegisterMember() => _member = await Client.RegisterAndLoginAsync();

    [Test]
    public async Task GetRoomMessages_After15Hours_NoLongerShowsTheMessageThoughNothingSweptIt()
    {
        var roomId = await Client.CreateRoomAsync(_member);
        await Client.SendRoomMessageOkAsync(_member, roomId, "soon gone");
        Clock.Advance(TimeSpan.FromHours(15) - TimeSpan.FromSeconds(1));
        await Client.SendRoomMessageOkAsync(_member, roomId, "still fresh");

        Assert.That((await Client.GetRoomMessagesAsync(_member, roomId)).Texts(), Is.EqualTo(new[] { "soon gone", "still fresh" }));

        Clock.Advance(TimeSpan.FromSeconds(1));

        Assert.That((await Client.GetRoomMessagesAsync(_member, roomId)).Texts(), Is.EqualTo(new[] { "still fresh" }));
        Assert.That((await Client.GetRoomMessagesAsync(_member, roomId, after: 0)).Texts(), Is.EqualTo(new[] { "still fresh" }));
        Assert.That(await CountMessagesAsync(roomId), Is.EqualTo(2), "reads must not depend on the sweep");
    }

    [Test]
    public async Task Sweep_DeletesExpiredMessagesInBatchesAndKeepsTheLiveOnes()
    {
        var roomId = await Client.CreateRoomAsync(_member);
        var now = Clock.GetUtcNow().UtcDateTime;
        var userId = await UserIdAsync(_member.Username);
        await using (var scope = Factory.Services.CreateAsyncScope())
        {
            var db = scope.ServiceProvider.GetRequiredService<MirageDbContext>();
            db.RoomMessages.AddRange(Enumerable.Range(0, RoomMessageSweep.BatchSize * 2 + 5).Select(i => new RoomMessage
            {
                RoomId = roomId, UserId = userId, Message = $"old {i}", CreatedAt = now.AddHours(-16), ExpiresAt = now.AddHours(-1),
            }));
            await db.SaveChangesAsync();
        }

        await Client.SendRoomMessageOkAsync(_member, roomId, "live");

        int deleted;
        await using (var scope = Factory.Services.CreateAsyncScope())
        {
            var sweep = scope.ServiceProvider.GetServices<IExpirySweep>().OfType<RoomMessageSweep>().Single();
            deleted = await sweep.SweepAsync(now, CancellationToken.None);
        }

        Assert.That(deleted, Is.GreaterThanOrEqualTo(RoomMessageSweep.BatchSize * 2 + 5));
        Assert.That(await CountMessagesAsync(roomId), Is.EqualTo(1));
        Assert.That((await Client.GetRoomMessagesAsync(_member, roomId)).Texts(), Is.EqualTo(new[] { "live" }));
    }

    protected override MirageApiFactory CreateFactory() =>
        new(
            Provider,
            services => services.Replace(ServiceDescriptor.Singleton<TimeProvider>(Clock)),
            RoomClientExtensions.ManyPublicRooms.Concat(ListCacheOff).ToDictionary());

    private async Task<int> CountMessagesAsync(long roomId)
    {
        await using var scope = Factory.Services.CreateAsyncScope();
        return await scope.ServiceProvider.GetRequiredService<MirageDbContext>().RoomMessages.CountAsync(m => m.RoomId == roomId);
    }

    private async Task<long> UserIdAsync(string username)
    {
        await using var scope = Factory.Services.CreateAsyncScope();
        return await scope.ServiceProvider.GetRequiredService<MirageDbContext>().Users.Where(u => u.Username == username).Select(u => u.Id).SingleAsync();
    }
}
