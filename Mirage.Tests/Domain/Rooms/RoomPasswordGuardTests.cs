using Microsoft.Extensions.Time.Testing;
using Mirage.Domain.Common;
using Mirage.Domain.Passwords;
using Mirage.Domain.Rooms;
using Mirage.Tests.Builders;
using Moq;

namespace Mirage.Tests.Domain.Rooms;

public sealed class RoomPasswordGuardTests
{
    private const long Me = 42;
    private static readonly Room Vault = new() { Id = 9, Name = "vault", NormalizedName = "vault", IsPrivate = true, PasswordHash = "HASH" };
    private static readonly Error WrongPassword = new(ErrorKind.Forbidden, "wrong password");

    private Mock<IRoomLockoutStore> _lockouts;
    private Mock<IRoomRepository> _rooms;
    private Mock<IPasswordHasher> _hasher;
    private FakeTimeProvider _clock;
    private RoomPasswordGuard _guard;

    private static DateTime Now => TestClock.Start.UtcDateTime;

    [SetUp]
    public void SetUp()
    {
        _lockouts = new Mock<IRoomLockoutStore>();
        _rooms = new Mock<IRoomRepository>();
        _hasher = new Mock<IPasswordHasher>();
        _clock = TestClock.Create();
        _guard = new RoomPasswordGuard(_lockouts.Object, _rooms.Object, new PasswordService(_hasher.Object, InlineHashingScheduler.Instance), new LockoutPolicy(), _clock, TestMetrics.Create());
    }

    [Test]
    public async Task CheckAsync_WhileLocked_ReturnsLockedOutWithTheRemainingTimeWithoutHashing()
    {
        _lockouts.Setup(l => l.FindLockedUntilAsync(Vault.Id, Me, It.IsAny<CancellationToken>())).ReturnsAsync(Now.AddMinutes(5));
        _clock.Advance(TimeSpan.FromMinutes(1));

        var refused = await _guard.CheckAsync(Vault, Me, "right one", CancellationToken.None);

        Assert.That(refused, Is.EqualTo(new Error(ErrorKind.TooManyRequests, "too many failed attempts, try again later", TimeSpan.FromMinutes(4))));
        _hasher.VerifyNoOtherCalls();
    }

    [Test]
    public async Task CheckAsync_AfterTheLockEnded_ChecksThePasswordAgain()
    {
        _lockouts.Setup(l => l.FindLockedUntilAsync(Vault.Id, Me, It.IsAny<CancellationToken>())).ReturnsAsync(Now.AddMinutes(-1));
        _hasher.Setup(h => h.Verify("HASH", "right one")).Returns(PasswordCheck.Success);

        Assert.That(await _guard.CheckAsync(Vault, Me, "right one", CancellationToken.None), Is.Null);
    }

    [Test]
    public async Task CheckAsync_WithAWrongPasswordBelowTheThreshold_CountsItWithoutLocking()
    {
        _hasher.Setup(h => h.Verify("HASH", "guess")).Returns(PasswordCheck.Failed);
        _lockouts.Setup(l => l.RecordFailureAsync(Vault.Id, Me, It.IsAny<CancellationToken>())).ReturnsAsync(4);

        var refused = await _guard.CheckAsync(Vault, Me, "guess", CancellationToken.None);

        Assert.That(refused, Is.EqualTo(WrongPassword));
        _lockouts.Verify(l => l.LockAsync(It.IsAny<long>(), It.IsAny<long>(), It.IsAny<DateTime>(), It.IsAny<CancellationToken>()), Times.Never);
    }

    [Test]
    public async Task CheckAsync_WithTheFifthWrongPassword_LocksThatUserOutOfThatRoomForFiveMinutes()
    {
        _hasher.Setup(h => h.Verify("HASH", "guess")).Returns(PasswordCheck.Failed);
        _lockouts.Setup(l => l.RecordFailureAsync(Vault.Id, Me, It.IsAny<CancellationToken>())).ReturnsAsync(5);

        var refused = await _guard.CheckAsync(Vault, Me, "guess", CancellationToken.None);

        Assert.That(refused, Is.EqualTo(WrongPassword));
        _lockouts.Verify(l => l.LockAsync(Vault.Id, Me, Now.AddMinutes(5), It.IsAny<CancellationToken>()), Times.Once);
    }

    [TestCase(PasswordCheck.Success)]
    [TestCase(PasswordCheck.SuccessRehashNeeded)]
    public async Task CheckAsync_WithTheRightPassword_ForgetsEarlierFailures(PasswordCheck check)
    {
        _hasher.Setup(h => h.Verify("HASH", "right one")).Returns(check);

        Assert.That(await _guard.CheckAsync(Vault, Me, "right one", CancellationToken.None), Is.Null);
        _lockouts.Verify(l => l.ResetAsync(Vault.Id, Me, It.IsAny<CancellationToken>()), Times.Once);
    }

    [Test]
    public async Task CheckAsync_OfARoomWithoutAHash_RefusesEveryPassword()
    {
        var room = new Room { Id = 3, Name = "odd", NormalizedName = "odd", IsPrivate = true };

        Assert.That(await _guard.CheckAsync(room, Me, "anything", CancellationToken.None), Is.EqualTo(WrongPassword));
        _hasher.VerifyNoOtherCalls();
    }

    [Test]
    public async Task CheckAsync_WithTheRightPasswordUnderAStrongHash_KeepsTheHash()
    {
        _hasher.Setup(h => h.Verify("HASH", "right one")).Returns(PasswordCheck.Success);

        Assert.That(await _guard.CheckAsync(Vault, Me, "right one", CancellationToken.None), Is.Null);
        _rooms.VerifyNoOtherCalls();
    }

    [Test]
    public async Task CheckAsync_WithTheRightPasswordUnderAWeakerHash_ReplacesItIfUnchanged()
    {
        _hasher.Setup(h => h.Verify("HASH", "right one")).Returns(PasswordCheck.SuccessRehashNeeded);
        _hasher.Setup(h => h.Hash("right one")).Returns("STRONGER");

        Assert.That(await _guard.CheckAsync(Vault, Me, "right one", CancellationToken.None), Is.Null);
        _rooms.Verify(r => r.TryReplacePasswordHashAsync(Vault.Id, "HASH", "STRONGER", It.IsAny<CancellationToken>()), Times.Once);
    }

    [TestCase("open sesame")]
    [TestCase("  open sesame ")]
    public async Task CheckAsync_WithTheRightPasswordUnderAnImportedHash_ReplacesItWithASlowHashOfWhatTheFirstBackendCompared(string typed)
    {
        var room = ImportedRoom();
        _hasher.Setup(h => h.Hash("open sesame")).Returns("SLOW");

        Assert.That(await _guard.CheckAsync(room, Me, typed, CancellationToken.None), Is.Null);
        _rooms.Verify(r => r.TryReplacePasswordHashAsync(room.Id, room.PasswordHash!, "SLOW", It.IsAny<CancellationToken>()), Times.Once);
    }

    [Test]
    public async Task CheckAsync_WithAWrongPasswordUnderAnImportedHash_ReturnsWrongPasswordAndKeepsTheHash()
    {
        var refused = await _guard.CheckAsync(ImportedRoom(), Me, "open sesame!", CancellationToken.None);

        Assert.That(refused, Is.EqualTo(WrongPassword));
        _rooms.VerifyNoOtherCalls();
        _lockouts.Verify(l => l.RecordFailureAsync(9, Me, It.IsAny<CancellationToken>()), Times.Once);
    }

    [Test]
    public async Task CheckAsync_WhenHashingIsTooBusyForTheUpgrade_StillLetsThePersonIn()
    {
        _hasher.Setup(h => h.Hash("open sesame")).Throws(new PasswordHashingBusyException(TimeSpan.FromSeconds(5)));

        Assert.That(await _guard.CheckAsync(ImportedRoom(), Me, "open sesame", CancellationToken.None), Is.Null);
        _rooms.VerifyNoOtherCalls();
    }

    private static Room ImportedRoom() => new()
    {
        Id = 9,
        Name = "club",
        NormalizedName = "club",
        IsPrivate = true,
        PasswordHash = LegacyRoomPassword.Prefix + "41ef4bb0b23661e66301aac36066912dac037827b4ae63a7b1165a5aa93ed4eb",
    };
}
