using System.Net;
using System.Text;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.Extensions.Time.Testing;
using Mirage.Domain.Common;
using Mirage.Domain.Files;
using Mirage.Infrastructure;
using Mirage.Infrastructure.Persistence;
using Mirage.Tests.Api.Support;

namespace Mirage.Tests.Api.Files;

/// <summary>
/// Each store on each database: a file is served until its room message expires (the clock moved, no sweep
/// needed), and the sweep then deletes its row and its bytes.
/// </summary>
public abstract class FileStoreEndpointTests(DatabaseProvider provider, FileStoreKind store) : ApiTest(provider)
{
    /// <summary>
    /// Rooms:MessageLifetime here, and so a shared file's: the clock these tests move stays within the test host's
    /// day-long sweep interval, so the background sweeper (on the same clock) never runs in the middle of a test.
    /// </summary>
    private static readonly TimeSpan MessageLifetime = TimeSpan.FromHours(1);

    private static readonly byte[] Bytes = Encoding.UTF8.GetBytes("shared in the room");

    private readonly FakeTimeProvider _clock = new(DateTimeOffset.UtcNow);
    private TestAccount _member = null!;
    private long _room;

    [OneTimeSetUp]
    public async Task OpenRoom()
    {
        _member = await Client.RegisterAndLoginAsync();
        _room = await Client.OpenRoomAsync(_member);
    }

    [Test]
    public async Task Get_IsServedUntilTheRoomMessageExpires_ThenIs404()
    {
        var id = await Client.UploadForIdAsync(_member, _room, Bytes);
        using var fresh = await Client.GetAsync(Routes.SharedFile(id));
        _clock.Advance(MessageLifetime - TimeSpan.FromSeconds(1));
        using var lastSecond = await Client.GetAsync(Routes.SharedFile(id));
        _clock.Advance(TimeSpan.FromSeconds(1));

        using var expired = await Client.GetAsync(Routes.SharedFile(id));

        Assert.That(await fresh.Content.ReadAsByteArrayAsync(), Is.EqualTo(Bytes));
        Assert.That(lastSecond.StatusCode, Is.EqualTo(HttpStatusCode.OK));
        await expired.ShouldBeProblemAsync(404, "file not found");
    }

    [Test]
    public async Task Sweep_DeletesExpiredFilesRowsAndBytes_AndKeepsLiveOnes()
    {
        var old = await Client.UploadForIdAsync(_member, _room, Bytes);
        _clock.Advance(MessageLifetime / 2);
        var live = await Client.UploadForIdAsync(_member, _room, Bytes);
        _clock.Advance(MessageLifetime / 2);

        var deleted = await SweepAsync();

        Assert.That(deleted, Is.GreaterThanOrEqualTo(1));
        Assert.That(await StoredAsync(old), Is.EqualTo((false, false)), "row and bytes of the expired file");
        Assert.That(await StoredAsync(live), Is.EqualTo((true, true)), "row and bytes of the live file");
        using var served = await Client.GetAsync(Routes.SharedFile(live));
        Assert.That(await served.Content.ReadAsByteArrayAsync(), Is.EqualTo(Bytes));
    }

    [Test]
    public async Task Upload_ManyAtOnce_EachGetsItsOwnLinkAndBytes()
    {
        var uploads = Enumerable.Range(0, 8).Select(i => Client.UploadForIdAsync(_member, _room, Encoding.UTF8.GetBytes($"file {i}"))).ToList();
        var ids = await Task.WhenAll(uploads);

        Assert.That(ids.Distinct().Count(), Is.EqualTo(8));
        for (var i = 0; i < ids.Length; i++)
        {
            using var served = await Client.GetAsync(Routes.SharedFile(ids[i]));
            Assert.That(await served.Content.ReadAsStringAsync(), Is.EqualTo($"file {i}"));
        }
    }

    protected override MirageApiFactory CreateFactory() => new(
        Provider,
        services => services.Replace(ServiceDescriptor.Singleton<TimeProvider>(_clock)),
        new Dictionary<string, string>
        {
            ["Files:Store"] = store.ToString(),
            ["Rooms:MessageLifetime"] = MessageLifetime.ToString(),
        });

    private async Task<int> SweepAsync()
    {
        await using var scope = Factory.Services.CreateAsyncScope();
        var sweeps = scope.ServiceProvider.GetServices<IExpirySweep>().OfType<FileExpirySweep>().ToList();
        Assert.That(sweeps, Has.Count.EqualTo(1), "the file sweep is registered once");
        return await sweeps[0].SweepAsync(_clock.GetUtcNow().UtcDateTime, CancellationToken.None);
    }

    private async Task<(bool Row, bool Bytes)> StoredAsync(string id)
    {
        await using var scope = Factory.Services.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<MirageDbContext>();
        var row = await db.SharedFiles.AnyAsync(f => f.Id == id);
        var bytes = store == FileStoreKind.Database
            ? await db.FileContents.AnyAsync(c => c.Id == id)
            : File.Exists(Path.Combine(Factory.FilesDirectory, id));
        return (row, bytes);
    }
}
