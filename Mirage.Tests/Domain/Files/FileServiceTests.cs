using Microsoft.Extensions.Time.Testing;
using Mirage.Domain.Common;
using Mirage.Domain.Files;
using Mirage.Tests.Builders;
using Moq;

namespace Mirage.Tests.Domain.Files;

public sealed class FileServiceTests
{
    private const long Me = 42;
    private const long Room = 7;
    private const string Url = "https://mirage.example/uploads/x";
    private static readonly DateTime MessageExpiry = TestClock.Start.UtcDateTime.AddHours(1);

    private Mock<ISharedFileRepository> _files;
    private Mock<IFileStore> _store;
    private Mock<IRoomUploads> _rooms;
    private Mock<IUploadForm> _form;
    private FakeTimeProvider _clock;
    private FileService _service;

    [SetUp]
    public void SetUp()
    {
        _files = new Mock<ISharedFileRepository>();
        _store = new Mock<IFileStore>();
        _rooms = new Mock<IRoomUploads>();
        _form = new Mock<IUploadForm>(MockBehavior.Strict);
        _clock = TestClock.Create();
        var links = Mock.Of<IFileLinks>(l => l.UrlOf(It.IsAny<string>()) == Url);
        _service = new FileService(
            _files.Object, _store.Object, _rooms.Object, links, TestCurrentUser.WithId(Me), new FileSettings { MaxBytes = 10 }, _clock, TestMetrics.Create());
        _rooms.Setup(r => r.CheckAsync(Room, Me, It.IsAny<CancellationToken>())).ReturnsAsync(RoomUploadAccess.Allowed);
        _rooms.Setup(r => r.PostLinkAsync(Room, Me, Url, It.IsAny<CancellationToken>())).ReturnsAsync(MessageExpiry);
        _store.Setup(s => s.SaveAsync(It.IsAny<string>(), It.IsAny<Stream>(), It.IsAny<CancellationToken>()))
            .Returns((string _, Stream content, CancellationToken token) => content.CopyToAsync(Stream.Null, token));
    }

    [TestCase(null)]
    [TestCase(" ")]
    public async Task Upload_WithoutARoomId_ReturnsNoRoomId_AndNeverReadsTheFile(string? roomId)
    {
        GivenRoomId(roomId);

        var result = await _service.UploadAsync(_form.Object, CancellationToken.None);

        Assert.That(result.Error, Is.EqualTo(FileErrors.NoRoomId));
        _form.Verify(f => f.ReadFileAsync(It.IsAny<CancellationToken>()), Times.Never);
    }

    [TestCase("x7")]
    [TestCase("-7")]
    [TestCase("7.0")]
    public async Task Upload_WithARoomIdThatIsNoNumber_ReturnsRoomNotFound_WithoutAskingRooms(string roomId)
    {
        GivenRoomId(roomId);

        var result = await _service.UploadAsync(_form.Object, CancellationToken.None);

        Assert.That(result.Error, Is.EqualTo(FileErrors.RoomNotFound));
        _rooms.Verify(r => r.CheckAsync(It.IsAny<long>(), It.IsAny<long>(), It.IsAny<CancellationToken>()), Times.Never);
    }

    [TestCase(RoomUploadAccess.RoomNotFound, "room not found")]
    [TestCase(RoomUploadAccess.NotMember, "You are not a member of this room")]
    public async Task Upload_WhenTheRoomRefuses_ReturnsItsError_AndNeitherReadsNorStoresTheFile(RoomUploadAccess access, string error)
    {
        GivenRoomId(" 7 ");
        _rooms.Setup(r => r.CheckAsync(Room, Me, It.IsAny<CancellationToken>())).ReturnsAsync(access);

        var result = await _service.UploadAsync(_form.Object, CancellationToken.None);

        Assert.That(result.Error?.Message, Is.EqualTo(error));
        _form.Verify(f => f.ReadFileAsync(It.IsAny<CancellationToken>()), Times.Never);
        _store.VerifyNoOtherCalls();
        _files.VerifyNoOtherCalls();
    }

    [Test]
    public async Task Upload_WithoutAFile_ReturnsNoFile()
    {
        GivenRoomId("7");
        _form.Setup(f => f.ReadFileAsync(It.IsAny<CancellationToken>())).ReturnsAsync((UploadPart?)null);

        var result = await _service.UploadAsync(_form.Object, CancellationToken.None);

        Assert.That(result.Error, Is.EqualTo(FileErrors.NoFile));
    }

    [TestCase("")]
    [TestCase("  ")]
    [TestCase("\0\r\n")]
    public async Task Upload_WithANameThatIsEmptyOnceCleaned_ReturnsNoFileName_AndStoresNothing(string name)
    {
        GivenFile(name, [1]);

        var result = await _service.UploadAsync(_form.Object, CancellationToken.None);

        Assert.That(result.Error, Is.EqualTo(FileErrors.NoFileName));
        _store.VerifyNoOtherCalls();
    }

    [Test]
    public async Task Upload_Succeeds_StoringTheRowThenTheBytes_AndCompletesWithTheRoomMessagesExpiryAndTheDetectedType()
    {
        GivenFile("a.txt", "hello"u8.ToArray());
        SharedFile? added = null;
        _files.Setup(f => f.AddAsync(It.IsAny<SharedFile>(), It.IsAny<CancellationToken>())).Callback((SharedFile f, CancellationToken _) => added = f);

        var result = await _service.UploadAsync(_form.Object, CancellationToken.None);

        Assert.That(result.Value, Is.EqualTo(Url));
        Assert.That(added, Is.Not.Null);
        using (Assert.EnterMultipleScope())
        {
            Assert.That(FileId.IsValid(added!.Id), Is.True);
            Assert.That((added.RoomId, added.UploaderId, added.FileName), Is.EqualTo((Room, Me, "a.txt")));
            Assert.That(added.ExpiresAt, Is.EqualTo(added.CreatedAt + SharedFile.UploadWindow), "until complete, only the sweep's backstop");
        }

        _files.Verify(f => f.CompleteAsync(added.Id, 5, ContentSniffer.PlainText, MessageExpiry, It.IsAny<CancellationToken>()));
    }

    [Test]
    public async Task Upload_OverTheLimit_ReturnsTooLargeNamingTheLimit_AndForgetsTheRowAndBytes_WithoutPostingALink()
    {
        GivenFile("a.bin", new byte[11]);

        var result = await _service.UploadAsync(_form.Object, CancellationToken.None);

        Assert.That(result.Error, Is.EqualTo(new Error(ErrorKind.TooLarge, "File size exceeds the 10 bytes limit")));
        AssertForgotten();
        _rooms.Verify(r => r.PostLinkAsync(It.IsAny<long>(), It.IsAny<long>(), It.IsAny<string>(), It.IsAny<CancellationToken>()), Times.Never);
    }

    [Test]
    public async Task Upload_WhenTheAccountOrRoomGoesBeforeTheLinkIsPosted_ReturnsRoomNotFoundAndForgetsTheRowAndBytes()
    {
        GivenFile("a.txt", [1]);
        _rooms.Setup(r => r.PostLinkAsync(Room, Me, Url, It.IsAny<CancellationToken>())).ReturnsAsync((DateTime?)null);

        var result = await _service.UploadAsync(_form.Object, CancellationToken.None);

        Assert.That(result.Error, Is.EqualTo(FileErrors.RoomNotFound));
        AssertForgotten();
    }

    [Test]
    public async Task Upload_WhenPostingTheLinkFails_ForgetsTheRowAndBytes_AndLetsTheFaultThrough()
    {
        GivenFile("a.txt", [1]);
        _rooms.Setup(r => r.PostLinkAsync(Room, Me, Url, It.IsAny<CancellationToken>())).ThrowsAsync(new InvalidOperationException("rooms down"));

        Assert.ThrowsAsync<InvalidOperationException>(() => _service.UploadAsync(_form.Object, CancellationToken.None));

        AssertForgotten();
    }

    [Test]
    public async Task Upload_OfABrokenForm_ReturnsMalformed()
    {
        _form.Setup(f => f.ReadRoomIdAsync(It.IsAny<CancellationToken>())).ThrowsAsync(new MalformedUploadException("no boundary"));

        var result = await _service.UploadAsync(_form.Object, CancellationToken.None);

        Assert.That(result.Error, Is.EqualTo(FileErrors.Malformed));
    }

    [TestCase(10L * 1024 * 1024, "File size exceeds the 10MB limit")]
    [TestCase(512L * 1024, "File size exceeds the 512KB limit")]
    [TestCase(1000L, "File size exceeds the 1000 bytes limit")]
    public void TooLarge_NamesTheConfiguredSize(long maxBytes, string message) =>
        Assert.That(FileErrors.TooLarge(maxBytes), Is.EqualTo(new Error(ErrorKind.TooLarge, message)));

    [TestCase("../../../etc/passwd")]
    [TestCase("short")]
    public async Task Open_AMalformedId_ReturnsNotFound_WithoutLookingItUp(string id)
    {
        var result = await _service.OpenAsync(id, CancellationToken.None);

        Assert.That(result.Error, Is.EqualTo(FileErrors.NotFound));
        _files.VerifyNoOtherCalls();
        _store.VerifyNoOtherCalls();
    }

    [Test]
    public async Task Open_AFileExpiredOrUnknownNow_ReturnsNotFound_WithoutOpeningBytes()
    {
        var id = FileId.New();
        _files.Setup(f => f.FindLiveAsync(id, TestClock.Start.UtcDateTime, It.IsAny<CancellationToken>())).ReturnsAsync((SharedFile?)null);

        var result = await _service.OpenAsync(id, CancellationToken.None);

        Assert.That(result.Error, Is.EqualTo(FileErrors.NotFound));
        _store.VerifyNoOtherCalls();
    }

    private void GivenRoomId(string? roomId) => _form.Setup(f => f.ReadRoomIdAsync(It.IsAny<CancellationToken>())).ReturnsAsync(roomId);

    private void GivenFile(string name, byte[] bytes)
    {
        GivenRoomId("7");
        _form.Setup(f => f.ReadFileAsync(It.IsAny<CancellationToken>())).ReturnsAsync(new UploadPart(name, new MemoryStream(bytes)));
    }

    private void AssertForgotten()
    {
        _store.Verify(s => s.DeleteAsync(It.IsAny<string>(), It.IsAny<CancellationToken>()));
        _files.Verify(f => f.DeleteAsync(It.Is<IReadOnlyCollection<string>>(ids => ids.Count == 1), It.IsAny<CancellationToken>()));
        _files.Verify(f => f.CompleteAsync(It.IsAny<string>(), It.IsAny<long>(), It.IsAny<string>(), It.IsAny<DateTime>(), It.IsAny<CancellationToken>()), Times.Never);
    }
}
