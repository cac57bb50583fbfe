using Microsoft.Extensions.Time.Testing;
using Mirage.Domain.Accounts;
using Mirage.Domain.Common;
using Mirage.Domain.Sessions;
using Mirage.Domain.Users;
using Mirage.Tests.Builders;
using Moq;

namespace Mirage.Tests.Domain.Accounts;

public sealed class AccountServiceRegisterTests
{
    private const string Password = "correct horse battery staple";
    private const string NewHash = "fresh-hash-of-the-password";

    private Mock<IUserRepository> _users;
    private FakeTimeProvider _clock;
    private AccountService _service;

    [SetUp]
    public void SetUp()
    {
        _users = new Mock<IUserRepository>();
        var hasher = new Mock<IPasswordHasher>();
        hasher.Setup(h => h.Hash(Password)).Returns(NewHash);
        var sessions = new Mock<ISessionRepository>();
        var tokens = new Mock<ISessionTokenGenerator>();
        _clock = TestClock.Create();
        var policy = new SessionPolicy();
        var sessionService = new SessionService(sessions.Object, tokens.Object, _clock, policy, new Mock<ICurrentUser>().Object, new Mock<ISecurityEvents>().Object);
        _service = new AccountService(_users.Object, sessions.Object, new Passwords(hasher.Object), new PasswordGuard(_users.Object, new Passwords(hasher.Object), new LockoutPolicy(), _clock, new Mock<ISecurityEvents>().Object), tokens.Object, sessionService, new Mock<IClientInfo>().Object, _clock, policy);
    }

    [Test]
    public async Task RegisterAsync_WithMixedCaseAndPadding_StoresTrimmedNamesAndLowerCaseNormalisedForms()
    {
        var added = GivenRegistrationSucceeds();

        await _service.RegisterAsync(new Registration("  Ann.Lee ", " Ann@Example.COM ", Password, null, null), CancellationToken.None);

        var user = added.Single();
        using (Assert.EnterMultipleScope())
        {
            Assert.That(user.Username, Is.EqualTo("Ann.Lee"));
            Assert.That(user.NormalizedUsername, Is.EqualTo("ann.lee"));
            Assert.That(user.Email, Is.EqualTo("Ann@Example.COM"));
            Assert.That(user.NormalizedEmail, Is.EqualTo("ann@example.com"));
        }
    }

    [Test]
    public async Task RegisterAsync_StoresTheHashersOutput_NeverThePassword()
    {
        var added = GivenRegistrationSucceeds();

        await _service.RegisterAsync(new Registration("ann", "ann@example.com", Password, null, null), CancellationToken.None);

        Assert.That(added.Single().PasswordHash, Is.EqualTo(NewHash).And.Not.Contains(Password));
    }

    [Test]
    public async Task RegisterAsync_SetsCreatedAtToTheClocksNow()
    {
        var added = GivenRegistrationSucceeds();
        _clock.Advance(TimeSpan.FromHours(5));

        await _service.RegisterAsync(new Registration("ann", "ann@example.com", Password, null, null), CancellationToken.None);

        Assert.That(added.Single().CreatedAt, Is.EqualTo(TestClock.Start.UtcDateTime.AddHours(5)));
    }

    [Test]
    public async Task RegisterAsync_WhenAdded_ReturnsTheUserWithProfileFields()
    {
        GivenRegistrationSucceeds();

        var result = await _service.RegisterAsync(
            new Registration("ann", "ann@example.com", Password, "https://cdn.example.com/ann.png", "hello"), CancellationToken.None);

        using (Assert.EnterMultipleScope())
        {
            Assert.That(result.IsSuccess, Is.True);
            Assert.That(result.Value.Username, Is.EqualTo("ann"));
            Assert.That(result.Value.AvatarUrl, Is.EqualTo("https://cdn.example.com/ann.png"));
            Assert.That(result.Value.Description, Is.EqualTo("hello"));
            Assert.That(result.Value.Stats.Followers + result.Value.Stats.Posts + result.Value.Stats.Upvotes, Is.Zero);
        }
    }

    [Test]
    public async Task RegisterAsync_WhenRepositoryRefusesTheUser_ReturnsConflictUserAlreadyExists()
    {
        _users.Setup(u => u.TryAddAsync(It.IsAny<User>(), It.IsAny<CancellationToken>())).ReturnsAsync(false);

        var result = await _service.RegisterAsync(new Registration("ann", "ann@example.com", Password, null, null), CancellationToken.None);

        Assert.That(result.Error, Is.EqualTo(new Error(ErrorKind.Conflict, "the user already exists")));
    }

    private List<User> GivenRegistrationSucceeds()
    {
        var added = new List<User>();
        _users.Setup(u => u.TryAddAsync(Capture.In(added), It.IsAny<CancellationToken>())).ReturnsAsync(true);
        return added;
    }
}
