using Mirage.Domain.Common;
using Mirage.Domain.Rooms;
using Mirage.Tests.Builders;
using Moq;

namespace Mirage.Tests.Domain.Rooms;

public sealed class RoomDirectoryTests
{
    private const long Me = 42;
    private const long RoomId = 9;

    private Mock<IRoomRepository> _rooms;
    private Mock<IRoomQueries> _queries;
    private RoomDirectory _directory;

    [SetUp]
    public void SetUp()
    {
        _rooms = new Mock<IRoomRepository>();
        _queries = new Mock<IRoomQueries>();
        _directory = new RoomDirectory(_rooms.Object, _queries.Object, TestCurrentUser.WithId(Me));
    }

    [Test]
    public async Task ListPublicAsync_WithMoreThanAPage_ReturnsThePageAndACursorAtItsLastRoom()
    {
        var page = new PageRequest(2, null);
        _queries.Setup(q => q.ListPublicAsync(Me, page, It.IsAny<CancellationToken>()))
            .ReturnsAsync([new PublicRoomView(1, "a", true), new PublicRoomView(4, "b", false), new PublicRoomView(6, "c", false)]);

        var found = await _directory.ListPublicAsync(page, CancellationToken.None);

        Assert.That(found.Items.Select(r => r.RoomId), Is.EqualTo(new long[] { 1, 4 }));
        Assert.That(found.Next, Is.EqualTo(new Cursor(4, 4)));
    }

    [Test]
    public async Task ListMineAsync_WithOnePage_HasNoCursor()
    {
        var page = PageRequest.First();
        _queries.Setup(q => q.ListOfMemberAsync(Me, page, It.IsAny<CancellationToken>())).ReturnsAsync([new MemberRoomView(3, "mine", true)]);

        var found = await _directory.ListMineAsync(page, CancellationToken.None);

        Assert.That(found.Items, Is.EqualTo(new[] { new MemberRoomView(3, "mine", true) }));
        Assert.That(found.Next, Is.Null);
    }

    [TestCase(false, false)]
    [TestCase(false, true)]
    [TestCase(true, true)]
    public async Task ListMembersAsync_OfAPublicRoomOrAsAMember_ListsThemPagedByUserId(bool isPrivate, bool isMember)
    {
        var page = new PageRequest(1, null);
        _rooms.Setup(r => r.FindAccessAsync(RoomId, Me, It.IsAny<CancellationToken>())).ReturnsAsync(new RoomAccess(isPrivate, isMember));
        _queries.Setup(q => q.ListMembersAsync(RoomId, page, It.IsAny<CancellationToken>()))
            .ReturnsAsync([new RoomMemberView(5, "ann"), new RoomMemberView(8, "bob")]);

        var found = (await _directory.ListMembersAsync(RoomId, page, CancellationToken.None)).Value;

        Assert.That(found.Items, Is.EqualTo(new[] { new RoomMemberView(5, "ann") }));
        Assert.That(found.Next, Is.EqualTo(new Cursor(5, 5)));
    }

    [Test]
    public async Task ListMembersAsync_OfAPrivateRoomAsAnOutsider_ReturnsNotMemberWithoutListing()
    {
        _rooms.Setup(r => r.FindAccessAsync(RoomId, Me, It.IsAny<CancellationToken>())).ReturnsAsync(new RoomAccess(true, false));

        var result = await _directory.ListMembersAsync(RoomId, PageRequest.First(), CancellationToken.None);

        Assert.That(result.Error, Is.EqualTo(new Error(ErrorKind.Forbidden, "you are not in this room")));
        _queries.VerifyNoOtherCalls();
    }

    [Test]
    public async Task ListMembersAsync_OfAnUnknownRoom_ReturnsNotFound()
    {
        var result = await _directory.ListMembersAsync(RoomId, PageRequest.First(), CancellationToken.None);

        Assert.That(result.Error, Is.EqualTo(new Error(ErrorKind.NotFound, "room not found")));
    }
}
