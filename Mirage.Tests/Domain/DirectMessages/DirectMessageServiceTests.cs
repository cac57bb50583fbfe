using Microsoft.Extensions.Time.Testing;
using Mirage.Domain.Common;
using Mirage.Domain.DirectMessages;
using Mirage.Domain.Users;
using Mirage.Tests.Builders;
using Moq;

namespace Mirage.Tests.Domain.DirectMessages;

public sealed class DirectMessageServiceTests
{
    private const long Me = 42;
    private const long Bob = 7;
    private static readonly Error RecipientNotFound = new(ErrorKind.NotFound, "recipient not found");
    private static readonly Error MessageNotFound = new(ErrorKind.NotFound, "message not found or unauthorized access");

    private Mock<IListChanges> _lists;
    private Mock<IDirectMessageRepository> _messages;
    private Mock<IInboxQueries> _inbox;
    private Mock<IUserRepository> _users;
    private FakeTimeProvider _clock;
    private DirectMessageService _service;

    [SetUp]
    public void SetUp()
    {
        _lists = new Mock<IListChanges>();
        _messages = new Mock<IDirectMessageRepository>();
        _inbox = new Mock<IInboxQueries>();
        _users = new Mock<IUserRepository>();
        _clock = TestClock.Create();
        _users.Setup(u => u.FindIdentityAsync("bob", It.IsAny<CancellationToken>())).ReturnsAsync(new UserIdentity(Bob, "Bob"));
        _service = new DirectMessageService(_messages.Object, _inbox.Object, _users.Object, _lists.Object, TestCurrentUser.WithId(Me), _clock, TestMetrics.Create());
    }

    [Test]
    public async Task SendAsync_ToUnknownRecipient_ReturnsRecipientNotFoundAndStoresNothing()
    {
        var result = await _service.SendAsync("nobody", "hi", CancellationToken.None);

        Assert.That(result.Error, Is.EqualTo(RecipientNotFound));
        _messages.VerifyNoOtherCalls();
    }

    [Test]
    public async Task SendAsync_ToANameInAnotherCase_StoresTheMessageFromTheCallerNowAndReturnsItUnderItsNewId()
    {
        DirectMessage? added = null;
        var stored = View(9);
        _messages.Setup(m => m.TryAddAsync(It.IsAny<DirectMessage>(), It.IsAny<CancellationToken>()))
            .Callback((DirectMessage message, CancellationToken _) => (added, message.Id) = (message, 9))
            .ReturnsAsync(true);
        _inbox.Setup(i => i.FindViewAsync(9, It.IsAny<CancellationToken>())).ReturnsAsync(stored);
        _clock.Advance(TimeSpan.FromMinutes(1));

        var result = await _service.SendAsync(" BOB ", "  indented\n", CancellationToken.None);

        Assert.That(result.Value, Is.EqualTo(stored));
        _lists.Verify(l => l.InboxesAsync(Me, Bob), Times.Once);
        using (Assert.EnterMultipleScope())
        {
            Assert.That(added!.SenderId, Is.EqualTo(Me));
            Assert.That(added.RecipientId, Is.EqualTo(Bob));
            Assert.That(added.Message, Is.EqualTo("  indented\n"), "stored as written");
            Assert.That(added.CreatedAt, Is.EqualTo(TestClock.Start.UtcDateTime.AddMinutes(1)));
        }
    }

    [Test]
    public async Task SendAsync_WhenAnAccountIsDeletedMeanwhile_ReturnsRecipientNotFound()
    {
        _messages.Setup(m => m.TryAddAsync(It.IsAny<DirectMessage>(), It.IsAny<CancellationToken>())).ReturnsAsync(false);

        var result = await _service.SendAsync("bob", "hi", CancellationToken.None);

        Assert.That(result.Error, Is.EqualTo(RecipientNotFound));
        _inbox.VerifyNoOtherCalls();
    }

    [Test]
    public async Task ListAsync_FirstPage_MarksReadUpToTheNewestMessageShown()
    {
        _inbox.Setup(i => i.ListAsync(Me, It.IsAny<PageRequest>(), It.IsAny<CancellationToken>())).ReturnsAsync([View(30), View(20), View(10)]);

        var page = await _service.ListAsync(PageRequest.First(2), CancellationToken.None);

        Assert.That(page.Items.Select(m => m.Id), Is.EqualTo(new[] { 30L, 20L }));
        Assert.That(page.Next, Is.EqualTo(new Cursor(20, 20)));
        _messages.Verify(m => m.MarkReadAsync(Me, 30, It.IsAny<CancellationToken>()), Times.Once);
    }

    [Test]
    public async Task ListAsync_LaterPage_LeavesTheReadMarkAlone()
    {
        _inbox.Setup(i => i.ListAsync(Me, It.IsAny<PageRequest>(), It.IsAny<CancellationToken>())).ReturnsAsync([View(10)]);

        var page = await _service.ListAsync(new PageRequest(2, new Cursor(20, 20)), CancellationToken.None);

        Assert.That(page.Next, Is.Null);
        _messages.VerifyNoOtherCalls();
    }

    [Test]
    public async Task ListAsync_EmptyInbox_MarksNothing()
    {
        _inbox.Setup(i => i.ListAsync(Me, It.IsAny<PageRequest>(), It.IsAny<CancellationToken>())).ReturnsAsync([]);

        var page = await _service.ListAsync(PageRequest.First(), CancellationToken.None);

        Assert.That(page.Items, Is.Empty);
        _messages.VerifyNoOtherCalls();
    }

    [Test]
    public async Task DeleteAsync_OfAMessageNotTheCallers_ReturnsMessageNotFound()
    {
        var result = await _service.DeleteAsync(5, CancellationToken.None);

        Assert.That(result.Error, Is.EqualTo(MessageNotFound));
        _messages.Verify(m => m.DeleteAsync(5, Me, It.IsAny<CancellationToken>()), Times.Once);
        _lists.VerifyNoOtherCalls();
    }

    [Test]
    public async Task DeleteAsync_OfTheCallersMessage_SucceedsAndDropsBothInboxes()
    {
        _messages.Setup(m => m.DeleteAsync(5, Me, It.IsAny<CancellationToken>())).ReturnsAsync(Bob);

        var result = await _service.DeleteAsync(5, CancellationToken.None);

        Assert.That(result.IsSuccess, Is.True);
        _lists.Verify(l => l.InboxesAsync(Me, Bob), Times.Once);
    }

    [Test]
    public async Task CountAsync_IsTheCallersCount()
    {
        _inbox.Setup(i => i.CountAsync(Me, It.IsAny<CancellationToken>())).ReturnsAsync(new InboxCount(5, 2));

        Assert.That(await _service.CountAsync(CancellationToken.None), Is.EqualTo(new InboxCount(5, 2)));
    }

    private static DirectMessageView View(long id) => new(id, "Bob", "Ann", "hi", TestClock.Start.UtcDateTime, null);
}
