using Microsoft.Extensions.Time.Testing;
using Mirage.Domain.Common;
using Mirage.Domain.Rooms;
using Mirage.Tests.Builders;
using Moq;

namespace Mirage.Tests.Domain.Rooms;

public sealed class RoomChatServiceTests
{
    private const long Me = 42;
    private const long RoomId = 9;
    private static readonly Error NotFound = new(ErrorKind.NotFound, "room not found");
    private static readonly Error NotMember = new(ErrorKind.Forbidden, "you are not in this room");

    private Mock<IListChanges> _lists;
    private Mock<IRoomRepository> _rooms;
    private Mock<IRoomQueries> _queries;
    private FakeTimeProvider _clock;
    private RoomChatService _service;

    [SetUp]
    public void SetUp()
    {
        _lists = new Mock<IListChanges>();
        _rooms = new Mock<IRoomRepository>();
        _queries = new Mock<IRoomQueries>();
        _clock = TestClock.Create();
        _service = new RoomChatService(_rooms.Object, _queries.Object, new RoomPolicy { MessageLifetime = TimeSpan.FromHours(2) }, _lists.Object, TestCurrentUser.WithId(Me), _clock, TestMetrics.Create());
    }

    [Test]
    public async Task SendAsync_AsAMember_StoresTheTrimmedMessageExpiringAfterTheLifetime()
    {
        GivenAccess(new RoomAccess(false, true));
        RoomMessage? stored = null;
        _rooms.Setup(r => r.TryAddMessageAsync(It.IsAny<RoomMessage>(), It.IsAny<CancellationToken>()))
            .Callback((RoomMessage message, CancellationToken _) => stored = message)
            .ReturnsAsync(true);

        var result = await _service.SendAsync(RoomId, "  hello  ", CancellationToken.None);

        Assert.That(result.Value, Is.SameAs(stored));
        _lists.Verify(l => l.RoomAsync(RoomId), Times.Once);
        using (Assert.EnterMultipleScope())
        {
            Assert.That(stored!.Message, Is.EqualTo("hello"));
            Assert.That(stored.RoomId, Is.EqualTo(RoomId));
            Assert.That(stored.UserId, Is.EqualTo(Me));
            Assert.That(stored.CreatedAt, Is.EqualTo(TestClock.Start.UtcDateTime));
            Assert.That(stored.ExpiresAt, Is.EqualTo(TestClock.Start.UtcDateTime.AddHours(2)));
        }
    }

    [Test]
    public async Task SendAsync_NotAMember_ReturnsNotMemberWithoutStoring()
    {
        GivenAccess(new RoomAccess(false, false));

        var result = await _service.SendAsync(RoomId, "hello", CancellationToken.None);

        Assert.That(result.Error, Is.EqualTo(NotMember));
        _rooms.Verify(r => r.TryAddMessageAsync(It.IsAny<RoomMessage>(), It.IsAny<CancellationToken>()), Times.Never);
        _lists.VerifyNoOtherCalls();
    }

    [Test]
    public async Task SendAsync_ToAnUnknownRoom_ReturnsNotFound()
    {
        Assert.That((await _service.SendAsync(RoomId, "hello", CancellationToken.None)).Error, Is.EqualTo(NotFound));
    }

    [Test]
    public async Task SendAsync_WhenTheStoreRefuses_ReturnsNotFound()
    {
        GivenAccess(new RoomAccess(true, true));
        _rooms.Setup(r => r.TryAddMessageAsync(It.IsAny<RoomMessage>(), It.IsAny<CancellationToken>())).ReturnsAsync(false);

        Assert.That((await _service.SendAsync(RoomId, "hello", CancellationToken.None)).Error, Is.EqualTo(NotFound));
    }

    [TestCase(null)]
    [TestCase(77L)]
    public async Task ReadAsync_AsAMember_ReadsUpTo100UnexpiredNowAfterTheGivenId(long? after)
    {
        GivenAccess(new RoomAccess(true, true));
        var messages = new[] { new RoomMessageView(78, "ann", "hi", TestClock.Start.UtcDateTime, RoomId) };
        _clock.Advance(TimeSpan.FromMinutes(3));
        _queries.Setup(q => q.ListMessagesAsync(RoomId, after, TestClock.Start.UtcDateTime.AddMinutes(3), 100, It.IsAny<CancellationToken>()))
            .ReturnsAsync(messages);

        var result = await _service.ReadAsync(RoomId, after, CancellationToken.None);

        Assert.That(result.Value, Is.EqualTo(messages));
    }

    [Test]
    public async Task ReadAsync_NotAMember_ReturnsNotMemberWithoutReading()
    {
        GivenAccess(new RoomAccess(false, false));

        var result = await _service.ReadAsync(RoomId, null, CancellationToken.None);

        Assert.That(result.Error, Is.EqualTo(NotMember));
        _queries.VerifyNoOtherCalls();
    }

    [Test]
    public async Task ReadAsync_OfAnUnknownRoom_ReturnsNotFound()
    {
        Assert.That((await _service.ReadAsync(RoomId, null, CancellationToken.None)).Error, Is.EqualTo(NotFound));
    }

    private void GivenAccess(RoomAccess access) =>
        _rooms.Setup(r => r.FindAccessAsync(RoomId, Me, It.IsAny<CancellationToken>())).ReturnsAsync(access);
}
