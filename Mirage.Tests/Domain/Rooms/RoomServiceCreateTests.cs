using Microsoft.Extensions.Time.Testing;
using Mirage.Domain.Common;
using Mirage.Domain.Passwords;
using Mirage.Domain.Rooms;
using Mirage.Domain.Users;
using Mirage.Tests.Builders;
using Moq;

namespace Mirage.Tests.Domain.Rooms;

public sealed class RoomServiceCreateTests
{
    private const long Me = 42;

    private Mock<IRoomRepository> _rooms;
    private Mock<IPasswordHasher> _hasher;
    private FakeTimeProvider _clock;
    private RoomService _service;

    [SetUp]
    public void SetUp()
    {
        _rooms = new Mock<IRoomRepository>();
        _hasher = new Mock<IPasswordHasher>();
        _clock = TestClock.Create();
        var passwords = new PasswordService(_hasher.Object, InlineHashingScheduler.Instance);
        _service = new RoomService(
            _rooms.Object,
            Mock.Of<IUserRepository>(),
            new RoomPasswordGuard(Mock.Of<IRoomLockoutStore>(), _rooms.Object, passwords, new LockoutPolicy(), _clock, TestMetrics.Create()),
            passwords,
            new RoomPolicy { MaxPublicRooms = 7 },
            Mock.Of<IListChanges>(),
            TestCurrentUser.WithId(Me),
            _clock);
    }

    [Test]
    public async Task CreateAsync_Public_StoresTheTrimmedNameItsNormalFormTheCreatorAndTimeWithoutAHash()
    {
        Room? stored = null;
        _rooms.Setup(r => r.TryCreateAsync(It.IsAny<Room>(), 7, It.IsAny<CancellationToken>()))
            .Callback((Room room, int _, CancellationToken _) => stored = room)
            .ReturnsAsync(RoomCreation.Created);

        var result = await _service.CreateAsync(new NewRoom("  The Lobby ", false, "ignored"), CancellationToken.None);

        Assert.That(result.Value, Is.SameAs(stored));
        using (Assert.EnterMultipleScope())
        {
            Assert.That(stored!.Name, Is.EqualTo("The Lobby"));
            Assert.That(stored.NormalizedName, Is.EqualTo("the lobby"));
            Assert.That(stored.IsPrivate, Is.False);
            Assert.That(stored.PasswordHash, Is.Null);
            Assert.That(stored.CreatorId, Is.EqualTo(Me));
            Assert.That(stored.CreatedAt, Is.EqualTo(TestClock.Start.UtcDateTime));
        }

        _hasher.VerifyNoOtherCalls();
    }

    [Test]
    public async Task CreateAsync_Private_StoresTheHashOfThePassword()
    {
        Room? stored = null;
        _hasher.Setup(h => h.Hash("s3cret pass")).Returns("HASH");
        _rooms.Setup(r => r.TryCreateAsync(It.IsAny<Room>(), 7, It.IsAny<CancellationToken>()))
            .Callback((Room room, int _, CancellationToken _) => stored = room)
            .ReturnsAsync(RoomCreation.Created);

        await _service.CreateAsync(new NewRoom("vault", true, "s3cret pass"), CancellationToken.None);

        Assert.That(stored!.PasswordHash, Is.EqualTo("HASH"));
        Assert.That(stored.IsPrivate, Is.True);
    }

    [Test]
    public async Task CreateAsync_WithANameAlreadyThere_ReturnsAlreadyExistsBeforeHashing()
    {
        _rooms.Setup(r => r.FindByNormalizedNameAsync("vault", It.IsAny<CancellationToken>())).ReturnsAsync(new Room { Name = "Vault", NormalizedName = "vault" });

        var result = await _service.CreateAsync(new NewRoom("VAULT", true, "s3cret pass"), CancellationToken.None);

        Assert.That(result.Error, Is.EqualTo(new Error(ErrorKind.Conflict, "room already exists")));
        _hasher.VerifyNoOtherCalls();
        _rooms.Verify(r => r.TryCreateAsync(It.IsAny<Room>(), It.IsAny<int>(), It.IsAny<CancellationToken>()), Times.Never);
    }

    [Test]
    public async Task CreateAsync_WhenAConcurrentCreatorTookTheName_ReturnsAlreadyExists()
    {
        _rooms.Setup(r => r.TryCreateAsync(It.IsAny<Room>(), 7, It.IsAny<CancellationToken>())).ReturnsAsync(RoomCreation.NameTaken);

        var result = await _service.CreateAsync(new NewRoom("lobby", false, null), CancellationToken.None);

        Assert.That(result.Error, Is.EqualTo(new Error(ErrorKind.Conflict, "room already exists")));
    }

    [Test]
    public async Task CreateAsync_WhenThePublicRoomsAreAllUsed_ReturnsTheCapMessageNamingTheConfiguredNumber()
    {
        _rooms.Setup(r => r.TryCreateAsync(It.IsAny<Room>(), 7, It.IsAny<CancellationToken>())).ReturnsAsync(RoomCreation.PublicRoomCapReached);

        var result = await _service.CreateAsync(new NewRoom("lobby", false, null), CancellationToken.None);

        Assert.That(result.Error, Is.EqualTo(new Error(
            ErrorKind.Invalid,
            "maximum number of public rooms reached (7). Please create a private room to continue the conversation with the people you would like to")));
    }
}
