using System.Net;
using System.Text;
using Microsoft.Extensions.Time.Testing;
using Mirage.Tests.Api.Support;

namespace Mirage.Tests.Api.Resilience;

/// <summary>
/// Shared files in a directory store, made while the database is up, for checking what their links do while it is
/// out: <see cref="Live"/> is served; <see cref="Expired"/> (its room message expired), <see cref="BytesGone"/> (its
/// bytes removed, as another server sharing the directory removes them first when it deletes a file) and
/// <see cref="OfDeletedAccount"/> (its uploader deleted the account) are not.
/// </summary>
public sealed record OutageFiles(TestAccount Member, string Live, string Expired, string BytesGone, string OfDeletedAccount)
{
    /// <summary>Rooms:MessageLifetime in the fixture, and so a shared file's.</summary>
    public static readonly TimeSpan MessageLifetime = TimeSpan.FromHours(1);

    public static readonly KeyValuePair<string, string> MessageLifetimeSetting = new("Rooms:MessageLifetime", "01:00:00");

    public static readonly byte[] LiveBytes = Encoding.UTF8.GetBytes("still shared while the database is out");

    public static async Task<OutageFiles> ShareAsync(HttpClient client, FakeTimeProvider clock, string filesDirectory)
    {
        var member = await client.RegisterAndLoginAsync(Names.Unique("files"));
        var leaver = await client.RegisterAndLoginAsync(Names.Unique("leaver"));
        var room = await client.OpenRoomAsync(member, leaver);
        var expired = await client.UploadForIdAsync(member, room, [1, 2, 3]);
        clock.Advance(MessageLifetime / 2);
        var live = await client.UploadForIdAsync(member, room, LiveBytes);
        var bytesGone = await client.UploadForIdAsync(member, room, [4, 5, 6]);
        File.Delete(Path.Combine(filesDirectory, bytesGone));
        var ofDeletedAccount = await client.UploadForIdAsync(leaver, room, [7, 8, 9]);
        using var deleted = await client.SendWithTokenAsync(HttpMethod.Post, Routes.DeleteAccount, leaver.Token, new { password = leaver.Password });
        Assert.That(deleted.StatusCode, Is.EqualTo(HttpStatusCode.OK), await deleted.Content.ReadAsStringAsync());
        clock.Advance(MessageLifetime / 2);
        return new OutageFiles(member, live, expired, bytesGone, ofDeletedAccount);
    }

    /// <summary>
    /// Checks the links while the database is out (a read of a post by id answers 503 to show it; not the profile
    /// or the lists, which SQLite's injected faults do not reach: they bypass EF Core's interceptors).
    /// </summary>
    public async Task ShouldServeOnlyTheLiveOneAsync(HttpClient client)
    {
        // Any id: the read goes to the database, through EF Core, whether or not the post is there.
        await Outage.TimedAsync(() => client.GetAsync(Routes.Post(1))).ShouldBeUnavailableInTimeAsync("a post");

        var (live, elapsed) = await Outage.TimedAsync(() => client.GetAsync(Routes.SharedFile(Live)));
        using (live)
        using (var expired = await client.GetAsync(Routes.SharedFile(Expired)))
        using (var bytesGone = await client.GetAsync(Routes.SharedFile(BytesGone)))
        using (var ofDeletedAccount = await client.GetAsync(Routes.SharedFile(OfDeletedAccount)))
        using (Assert.EnterMultipleScope())
        {
            Assert.That(live.StatusCode, Is.EqualTo(HttpStatusCode.OK), await live.Content.ReadAsStringAsync());
            Assert.That(await live.Content.ReadAsByteArrayAsync(), Is.EqualTo(LiveBytes));
            Assert.That(elapsed, Is.LessThan(Outage.AnswerBound), "served in time");
            Assert.That(expired.StatusCode, Is.EqualTo(HttpStatusCode.NotFound), "expired");
            Assert.That(bytesGone.StatusCode, Is.EqualTo(HttpStatusCode.NotFound), "bytes removed");
            Assert.That(ofDeletedAccount.StatusCode, Is.Not.EqualTo(HttpStatusCode.OK), "uploader's account deleted");
        }
    }
}
