using Mirage.Domain.Files;
using Mirage.Domain.Rooms;
using Mirage.Tests.Builders;
using Moq;

namespace Mirage.Tests.Domain.Rooms;

public sealed class RoomUploadsTests
{
    private const long Uploader = 42;
    private const long RoomId = 9;
    private const string FileUrl = "https://mirage.example/uploads/abc";

    private Mock<IRoomRepository> _rooms;
    private RoomUploads _uploads;

    [SetUp]
    public void SetUp()
    {
        _rooms = new Mock<IRoomRepository>();
        _uploads = new RoomUploads(_rooms.Object, new RoomPolicy { MessageLifetime = TimeSpan.FromHours(3) }, TestClock.Create());
    }

    [Test]
    public async Task CheckAsync_OfAnUnknownRoom_IsRoomNotFound()
    {
        Assert.That(await _uploads.CheckAsync(RoomId, Uploader, CancellationToken.None), Is.EqualTo(RoomUploadAccess.RoomNotFound));
    }

    [TestCase(false, false, RoomUploadAccess.NotMember)]
    [TestCase(true, false, RoomUploadAccess.NotMember)]
    [TestCase(false, true, RoomUploadAccess.Allowed)]
    [TestCase(true, true, RoomUploadAccess.Allowed)]
    public async Task CheckAsync_AllowsMembersOnly(bool isPrivate, bool isMember, RoomUploadAccess expected)
    {
        _rooms.Setup(r => r.FindAccessAsync(RoomId, Uploader, It.IsAny<CancellationToken>())).ReturnsAsync(new RoomAccess(isPrivate, isMember));

        Assert.That(await _uploads.CheckAsync(RoomId, Uploader, CancellationToken.None), Is.EqualTo(expected));
    }

    [Test]
    public async Task PostLinkAsync_PostsTheUrlAsTheUploadersMessageAndReturnsWhenItExpires()
    {
        RoomMessage? posted = null;
        _rooms.Setup(r => r.TryAddMessageAsync(It.IsAny<RoomMessage>(), It.IsAny<CancellationToken>()))
            .Callback((RoomMessage message, CancellationToken _) => posted = message)
            .ReturnsAsync(true);

        var expiresAt = await _uploads.PostLinkAsync(RoomId, Uploader, FileUrl, CancellationToken.None);

        Assert.That(expiresAt, Is.EqualTo(TestClock.Start.UtcDateTime.AddHours(3)));
        using (Assert.EnterMultipleScope())
        {
            Assert.That(posted!.Message, Is.EqualTo(FileUrl));
            Assert.That(posted.RoomId, Is.EqualTo(RoomId));
            Assert.That(posted.UserId, Is.EqualTo(Uploader));
            Assert.That(posted.ExpiresAt, Is.EqualTo(expiresAt));
        }
    }

    [Test]
    public async Task PostLinkAsync_WhenTheRoomOrUploaderIsGone_ReturnsNull()
    {
        _rooms.Setup(r => r.TryAddMessageAsync(It.IsAny<RoomMessage>(), It.IsAny<CancellationToken>())).ReturnsAsync(false);

        Assert.That(await _uploads.PostLinkAsync(RoomId, Uploader, FileUrl, CancellationToken.None), Is.Null);
    }
}
