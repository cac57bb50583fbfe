using Mirage.Domain.Common;
using Mirage.Domain.Profiles;
using Mirage.Domain.Sessions;
using Mirage.Domain.Users;
using Moq;

namespace Mirage.Tests.Domain.Profiles;

public sealed class ProfileServiceTests
{
    private Mock<IProfileQueries> _profiles;
    private Mock<IUserRepository> _users;
    private Mock<ICurrentUser> _currentUser;
    private ProfileService _service;

    [SetUp]
    public void SetUp()
    {
        _profiles = new Mock<IProfileQueries>();
        _users = new Mock<IUserRepository>();
        _currentUser = new Mock<ICurrentUser>();
        _service = new ProfileService(
            _profiles.Object, Mock.Of<IProfileRepository>(), _users.Object, _currentUser.Object, new ProfileEditor(Mock.Of<ICssSanitizer>()), Mock.Of<IListChanges>());
    }

    [TestCase("Ann")]
    [TestCase("ANN")]
    [TestCase(" ann ")]
    public async Task GetByUsernameAsync_WithAnyLetterCase_LooksUpTheNormalisedName(string username)
    {
        var ann = new ProfileView { Username = "Ann", Stats = new UserStats() };
        _profiles.Setup(p => p.FindByUsernameAsync("ann", It.IsAny<CancellationToken>())).ReturnsAsync(ann);

        var result = await _service.GetByUsernameAsync(username, CancellationToken.None);

        Assert.That(result.Value, Is.SameAs(ann));
    }

    [Test]
    public async Task GetByUsernameAsync_WithUnknownName_ReturnsNotFoundUserNotFound()
    {
        var result = await _service.GetByUsernameAsync("nobody", CancellationToken.None);

        Assert.That(result.Error, Is.EqualTo(new Error(ErrorKind.NotFound, "user not found")));
    }

    [Test]
    public async Task GetCurrentAsync_ReturnsTheProfileOfTheSignedInUser()
    {
        var ann = new OwnProfileView(new ProfileView { Username = "Ann", Stats = new UserStats() }, "ann@example.com");
        _currentUser.Setup(c => c.UserId).Returns(42);
        _profiles.Setup(p => p.FindOwnAsync(42, It.IsAny<CancellationToken>())).ReturnsAsync(ann);

        var result = await _service.GetCurrentAsync(CancellationToken.None);

        Assert.That(result.Value, Is.SameAs(ann));
    }

    [Test]
    public async Task GetCurrentAsync_WhenUserIsGone_ReturnsNotFoundUserNotFound()
    {
        _currentUser.Setup(c => c.UserId).Returns(42);

        var result = await _service.GetCurrentAsync(CancellationToken.None);

        Assert.That(result.Error, Is.EqualTo(new Error(ErrorKind.NotFound, "user not found")));
    }

    [Test]
    public async Task CountUsersAsync_ReturnsTheRepositorysCount()
    {
        _users.Setup(u => u.CountAsync(It.IsAny<CancellationToken>())).ReturnsAsync(17);

        var count = await _service.CountUsersAsync(CancellationToken.None);

        Assert.That(count, Is.EqualTo(17));
    }
}
