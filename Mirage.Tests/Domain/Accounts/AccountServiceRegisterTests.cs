using Microsoft.Extensions.Time.Testing;
using Mirage.Domain.Accounts;
using Mirage.Domain.Common;
using Mirage.Domain.Passwords;
using Mirage.Domain.Users;
using Mirage.Tests.Builders;
using Moq;

namespace Mirage.Tests.Domain.Accounts;

public sealed class AccountServiceRegisterTests
{
    private const string Password = "correct horse battery staple";
    private const string NewHash = "fresh-hash-of-the-password";

    private Mock<IUserRepository> _users;
    private Mock<IPasswordHasher> _hasher;
    private FakeTimeProvider _clock;
    private AccountService _service;

    [SetUp]
    public void SetUp()
    {
        _users = new Mock<IUserRepository>();
        _hasher = new Mock<IPasswordHasher>();
        _hasher.Setup(h => h.Hash(Password)).Returns(NewHash);
        _clock = TestClock.Create();
        _service = new AccountServiceBuilder().WithUsers(_users.Object).WithHasher(_hasher.Object).WithClock(_clock).Build();
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

    [TestCase("password123")]
    [TestCase("Password123")]
    [TestCase("QWERTY123")]
    [TestCase("\uFF50\uFF41\uFF53\uFF53\uFF57\uFF4F\uFF52\uFF44\uFF11\uFF12\uFF13")]
    public async Task RegisterAsync_WithCommonPassword_ReturnsInvalidTooCommonBeforeTouchingAnything(string password)
    {
        var result = await _service.RegisterAsync(new Registration("ann", "ann@example.com", password, null, null), CancellationToken.None);

        Assert.That(result.Error, Is.EqualTo(new Error(ErrorKind.Invalid, "this password is too common, choose another")));
        _users.VerifyNoOtherCalls();
        _hasher.VerifyNoOtherCalls();
    }

    [TestCase("ann", "my name is ann, ok")]
    [TestCase("Ann.Lee", "XXann.leeXX-2026")]
    [TestCase("bob", "i-am-BOB-really")]
    public async Task RegisterAsync_WithPasswordContainingTheUsername_ReturnsInvalidBeforeTouchingAnything(string username, string password)
    {
        var result = await _service.RegisterAsync(new Registration(username, "ann@example.com", password, null, null), CancellationToken.None);

        Assert.That(result.Error, Is.EqualTo(new Error(ErrorKind.Invalid, "the password must not contain the username")));
        _users.VerifyNoOtherCalls();
        _hasher.VerifyNoOtherCalls();
    }

    [Test]
    public async Task RegisterAsync_WhenNameOrEmailAlreadyExists_ReturnsConflictWithoutHashingOrAdding()
    {
        _users.Setup(u => u.ExistsAsync("ann", "ann@example.com", It.IsAny<CancellationToken>())).ReturnsAsync(true);

        var result = await _service.RegisterAsync(new Registration(" Ann ", "ANN@example.com", Password, null, null), CancellationToken.None);

        Assert.That(result.Error, Is.EqualTo(new Error(ErrorKind.Conflict, "the user already exists")));
        _hasher.Verify(h => h.Hash(It.IsAny<string>()), Times.Never);
        _users.Verify(u => u.TryAddAsync(It.IsAny<User>(), It.IsAny<CancellationToken>()), Times.Never);
    }

    private List<User> GivenRegistrationSucceeds()
    {
        var added = new List<User>();
        _users.Setup(u => u.TryAddAsync(Capture.In(added), It.IsAny<CancellationToken>())).ReturnsAsync(true);
        return added;
    }
}
