using Microsoft.Extensions.Time.Testing;
using Mirage.Domain.Common;
using Mirage.Domain.Passwords;
using Mirage.Domain.Rooms;
using Mirage.Domain.Users;
using Mirage.Tests.Builders;
using Moq;

namespace Mirage.Tests.Domain.Rooms;

public sealed class RoomServiceMembershipTests
{
    private const long Me = 42;
    private const long RoomId = 9;
    private static readonly Error NotFound = new(ErrorKind.NotFound, "room not found");
    private static readonly Error NotMember = new(ErrorKind.Forbidden, "you are not in this room");

    private Mock<IListChanges> _lists;
    private Mock<IRoomRepository> _rooms;
    private Mock<IRoomLockoutStore> _lockouts;
    private Mock<IPasswordHasher> _hasher;
    private FakeTimeProvider _clock;
    private RoomService _service;

    [SetUp]
    public void SetUp()
    {
        _lists = new Mock<IListChanges>();
        _rooms = new Mock<IRoomRepository>();
        _lockouts = new Mock<IRoomLockoutStore>();
        _hasher = new Mock<IPasswordHasher>();
        _clock = TestClock.Create();
        var users = new Mock<IUserRepository>();
        users.Setup(u => u.FindByIdAsync(Me, It.IsAny<CancellationToken>())).ReturnsAsync(new UserBuilder().WithUsername("ann").Build());
        var passwords = new PasswordService(_hasher.Object, InlineHashingScheduler.Instance);
        _service = new RoomService(
            _rooms.Object,
            users.Object,
            new RoomPasswordGuard(_lockouts.Object, _rooms.Object, passwords, new LockoutPolicy(), _clock, TestMetrics.Create()),
            passwords,
            new RoomPolicy(),
            _lists.Object,
            TestCurrentUser.WithId(Me),
            _clock);
        _rooms.Setup(r => r.TryJoinAsync(It.IsAny<RoomMember>(), It.IsAny<CancellationToken>())).ReturnsAsync(true);
    }

    [Test]
    public async Task JoinAsync_APublicRoomByAnyCase_JoinsNowAndGreetsWithTheStoredName()
    {
        GivenRoom(isPrivate: false, isMember: false);
        RoomMember? joined = null;
        _rooms.Setup(r => r.TryJoinAsync(It.IsAny<RoomMember>(), It.IsAny<CancellationToken>()))
            .Callback((RoomMember member, CancellationToken _) => joined = member)
            .ReturnsAsync(true);

        var result = await _service.JoinAsync(" LOBBY ", null, CancellationToken.None);

        Assert.That(result.Value, Is.EqualTo(new JoinedRoom(RoomId, "Lobby", "ann")));
        Assert.That(joined, Is.EqualTo(new RoomMember { RoomId = RoomId, UserId = Me, JoinedAt = TestClock.Start.UtcDateTime }).Using<RoomMember>(SameMember));
    }

    [Test]
    public async Task JoinAsync_AnUnknownRoom_ReturnsNotFound()
    {
        var result = await _service.JoinAsync("nowhere", null, CancellationToken.None);

        Assert.That(result.Error, Is.EqualTo(NotFound));
    }

    [TestCase(null)]
    [TestCase("   ")]
    public async Task JoinAsync_APrivateRoomWithoutPassword_ReturnsPasswordRequiredWithoutHashing(string? password)
    {
        GivenRoom(isPrivate: true, isMember: false);

        var result = await _service.JoinAsync("lobby", password, CancellationToken.None);

        Assert.That(result.Error, Is.EqualTo(new Error(ErrorKind.Forbidden, "password required")));
        _hasher.VerifyNoOtherCalls();
        _rooms.Verify(r => r.TryJoinAsync(It.IsAny<RoomMember>(), It.IsAny<CancellationToken>()), Times.Never);
    }

    [Test]
    public async Task JoinAsync_APrivateRoomWithAWrongPassword_ReturnsWrongPasswordAndDoesNotJoin()
    {
        GivenRoom(isPrivate: true, isMember: false);
        _hasher.Setup(h => h.Verify("HASH", "guess")).Returns(PasswordCheck.Failed);

        var result = await _service.JoinAsync("lobby", "guess", CancellationToken.None);

        Assert.That(result.Error, Is.EqualTo(new Error(ErrorKind.Forbidden, "wrong password")));
        _rooms.Verify(r => r.TryJoinAsync(It.IsAny<RoomMember>(), It.IsAny<CancellationToken>()), Times.Never);
    }

    [Test]
    public async Task JoinAsync_APrivateRoomWithTheRightPassword_Joins()
    {
        GivenRoom(isPrivate: true, isMember: false);
        _hasher.Setup(h => h.Verify("HASH", "right one")).Returns(PasswordCheck.Success);

        var result = await _service.JoinAsync("lobby", "right one", CancellationToken.None);

        Assert.That(result.IsSuccess, Is.True);
        _rooms.Verify(r => r.TryJoinAsync(It.IsAny<RoomMember>(), It.IsAny<CancellationToken>()), Times.Once);
    }

    [Test]
    public async Task JoinAsync_APrivateRoomTheCallerIsAlreadyIn_SucceedsWithoutAPassword()
    {
        GivenRoom(isPrivate: true, isMember: true);

        var result = await _service.JoinAsync("lobby", null, CancellationToken.None);

        Assert.That(result.Value.RoomId, Is.EqualTo(RoomId));
        _hasher.VerifyNoOtherCalls();
        _rooms.Verify(r => r.TryJoinAsync(It.IsAny<RoomMember>(), It.IsAny<CancellationToken>()), Times.Never);
    }

    [Test]
    public async Task JoinAsync_WhenTheAccountWentMeanwhile_ReturnsNotFound()
    {
        GivenRoom(isPrivate: false, isMember: false);
        _rooms.Setup(r => r.TryJoinAsync(It.IsAny<RoomMember>(), It.IsAny<CancellationToken>())).ReturnsAsync(false);

        var result = await _service.JoinAsync("lobby", null, CancellationToken.None);

        Assert.That(result.Error, Is.EqualTo(NotFound));
    }

    [Test]
    public async Task LeaveAsync_AsAMember_LeavesAndSucceeds()
    {
        _rooms.Setup(r => r.FindAccessAsync(RoomId, Me, It.IsAny<CancellationToken>())).ReturnsAsync(new RoomAccess(false, true));
        _rooms.Setup(r => r.LeaveAsync(RoomId, Me, It.IsAny<CancellationToken>())).ReturnsAsync(true);

        var result = await _service.LeaveAsync(RoomId, CancellationToken.None);

        Assert.That(result.IsSuccess, Is.True);
        _rooms.Verify(r => r.LeaveAsync(RoomId, Me, It.IsAny<CancellationToken>()), Times.Once);
        _lists.Verify(l => l.RoomAsync(RoomId), Times.Once);
    }

    [Test]
    public async Task LeaveAsync_NotAMember_ReturnsNotMemberWithoutDeleting()
    {
        _rooms.Setup(r => r.FindAccessAsync(RoomId, Me, It.IsAny<CancellationToken>())).ReturnsAsync(new RoomAccess(false, false));

        var result = await _service.LeaveAsync(RoomId, CancellationToken.None);

        Assert.That(result.Error, Is.EqualTo(NotMember));
        _rooms.Verify(r => r.LeaveAsync(It.IsAny<long>(), It.IsAny<long>(), It.IsAny<CancellationToken>()), Times.Never);
    }

    [Test]
    public async Task LeaveAsync_WhenAConcurrentLeaveWon_ReturnsNotMember()
    {
        _rooms.Setup(r => r.FindAccessAsync(RoomId, Me, It.IsAny<CancellationToken>())).ReturnsAsync(new RoomAccess(false, true));
        _rooms.Setup(r => r.LeaveAsync(RoomId, Me, It.IsAny<CancellationToken>())).ReturnsAsync(false);

        var result = await _service.LeaveAsync(RoomId, CancellationToken.None);

        Assert.That(result.Error, Is.EqualTo(NotMember));
    }

    [Test]
    public async Task LeaveAsync_AnUnknownRoom_ReturnsNotFound()
    {
        var result = await _service.LeaveAsync(RoomId, CancellationToken.None);

        Assert.That(result.Error, Is.EqualTo(NotFound));
    }

    private static bool SameMember(RoomMember a, RoomMember b) => a.RoomId == b.RoomId && a.UserId == b.UserId && a.JoinedAt == b.JoinedAt;

    private void GivenRoom(bool isPrivate, bool isMember)
    {
        var room = new Room { Id = RoomId, Name = "Lobby", NormalizedName = "lobby", IsPrivate = isPrivate, PasswordHash = isPrivate ? "HASH" : null };
        _rooms.Setup(r => r.FindByNormalizedNameAsync("lobby", It.IsAny<CancellationToken>())).ReturnsAsync(room);
        _rooms.Setup(r => r.FindAccessAsync(RoomId, Me, It.IsAny<CancellationToken>())).ReturnsAsync(new RoomAccess(isPrivate, isMember));
    }
}
