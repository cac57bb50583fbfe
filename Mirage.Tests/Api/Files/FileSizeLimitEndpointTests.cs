using Mirage.Infrastructure;
using Mirage.Tests.Api.Support;
using static Mirage.Tests.Api.Support.FileClientExtensions;

namespace Mirage.Tests.Api.Files;

/// <summary>Files:MaxBytes set to 1 KiB: the limit holds exactly, whether the body declares its length or not.</summary>
public sealed class FileSizeLimitEndpointTests(DatabaseProvider provider) : ApiTest(provider)
{
    private const int Limit = 1024;
    private const string TooLarge = "File size exceeds the 1KB limit";

    private TestAccount _member = null!;
    private long _room;

    [OneTimeSetUp]
    public async Task OpenRoom()
    {
        _member = await Client.RegisterAndLoginAsync();
        _room = await Client.OpenRoomAsync(_member);
    }

    [Test]
    public async Task Upload_OfExactlyTheLimit_Succeeds()
    {
        var id = await Client.UploadForIdAsync(_member, _room, new byte[Limit]);

        using var served = await Client.GetAsync(Routes.SharedFile(id));
        Assert.That((await served.Content.ReadAsByteArrayAsync()).Length, Is.EqualTo(Limit));
    }

    [Test]
    public async Task Upload_OfOneByteOverTheLimit_Returns413NamingTheLimit_AndKeepsNothing()
    {
        var links = (await Client.RoomMessageTextsAsync(_member, _room)).Count;

        using var roomFirst = await Client.UploadAsync(_member, Multipart(Field("room_id", _room.ToString()), FilePart(new byte[Limit + 1])));
        using var fileFirst = await Client.UploadAsync(_member, WebClientForm(_room, new byte[Limit + 1]));

        await roomFirst.ShouldBeProblemAsync(413, TooLarge);
        await fileFirst.ShouldBeProblemAsync(413, TooLarge);
        Assert.That(await Client.RoomMessageTextsAsync(_member, _room), Has.Count.EqualTo(links), "no link is posted");
        Assert.That(Directory.GetFiles(Factory.FilesDirectory), Is.Empty.Or.All.Not.Contain(".part"));
    }

    [Test]
    public async Task Upload_OverTheLimitWithoutADeclaredLength_Returns413()
    {
        var form = Multipart(Field("room_id", _room.ToString()), FilePart(new byte[Limit * 3]));
        var chunked = new StreamContent(new NoLengthStream(await form.ReadAsByteArrayAsync()));
        chunked.Headers.ContentType = form.Headers.ContentType;

        using var response = await Client.UploadAsync(_member, chunked);

        await response.ShouldBeProblemAsync(413, TooLarge);
    }

    [Test]
    public async Task Upload_DeclaringABodyFarOverTheLimit_IsRefusedBeforeItIsRead_WithTheFileLimitMessage()
    {
        using var response = await Client.UploadAsync(_member, Multipart(Field("room_id", _room.ToString()), FilePart(new byte[Limit * 100])));

        await response.ShouldBeProblemAsync(413, TooLarge);
    }

    [Test]
    public async Task Upload_OverTheLimitByANonMember_Returns403_TheRoomIsCheckedFirst()
    {
        var outsider = await Client.RegisterAndLoginAsync();

        using var response = await Client.UploadAsync(outsider, WebClientForm(_room, new byte[Limit + 1]));

        await response.ShouldBeProblemAsync(403, "You are not a member of this room");
    }

    [Test]
    public async Task OtherRoutes_KeepTheGlobalBodyLimit()
    {
        using var response = await Client.PostAsAsync(_member, Routes.CreatePost, new { content = new string('a', 70_000) });

        await response.ShouldBeProblemAsync(413);
    }

    protected override MirageApiFactory CreateFactory() =>
        new(Provider, settings: new Dictionary<string, string> { ["Files:MaxBytes"] = Limit.ToString(System.Globalization.CultureInfo.InvariantCulture) });

    /// <summary>A body whose length HttpClient cannot know, so it is sent chunked.</summary>
    private sealed class NoLengthStream(byte[] bytes) : MemoryStream(bytes)
    {
        public override bool CanSeek => false;
    }
}
