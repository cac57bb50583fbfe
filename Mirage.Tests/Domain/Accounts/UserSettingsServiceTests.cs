using Microsoft.Extensions.Time.Testing;
using Mirage.Domain.Accounts;
using Mirage.Domain.Passwords;
using Mirage.Domain.Profiles;
using Mirage.Domain.Security;
using Mirage.Domain.Sessions;
using Mirage.Domain.Users;
using Mirage.Tests.Builders;
using Mirage.Domain.Common;
using Moq;

namespace Mirage.Tests.Domain.Accounts;

public sealed class UserSettingsServiceTests
{
    private const string NewPassword = "tr0mbone spiral lantern";
    private static readonly Guid CurrentSession = Guid.NewGuid();
    private static readonly ProfileEdit NoProfileChanges = new(null, null, null, null);

    private Mock<IListChanges> _lists;
    private Mock<IProfileQueries> _profiles;
    private Mock<ISessionRepository> _sessions;
    private Mock<IAccountSettingsStore> _store;
    private Mock<ISecurityEvents> _events;
    private FakeTimeProvider _clock;
    private UserSettingsService _service;

    [SetUp]
    public void SetUp()
    {
        _lists = new Mock<IListChanges>();
        _profiles = new Mock<IProfileQueries>();
        var ann = new ProfileView { Username = "ann", Description = "hello", Stats = new UserStats() };
        _profiles.Setup(p => p.FindOwnAsync(42, It.IsAny<CancellationToken>())).ReturnsAsync(new OwnProfileView(ann, "ann@example.com"));
        _sessions = new Mock<ISessionRepository>();
        _clock = TestClock.Create();
        _sessions.Setup(s => s.FindCreatedAtAsync(CurrentSession, It.IsAny<CancellationToken>())).ReturnsAsync(TestClock.Start.UtcDateTime);
        _store = new Mock<IAccountSettingsStore>();
        _store.Setup(s => s.SaveAsync(42, It.IsAny<SettingsChanges>(), CurrentSession, It.IsAny<CancellationToken>()))
            .ReturnsAsync(new SettingsSaved(EmailTaken: false, OtherSessionsEnded: 2));
        _events = new Mock<ISecurityEvents>();
        var hasher = new Mock<IPasswordHasher>();
        hasher.Setup(h => h.Hash(NewPassword)).Returns("hash-of-new");
        var currentUser = new Mock<ICurrentUser>();
        currentUser.Setup(c => c.UserId).Returns(42);
        currentUser.Setup(c => c.SessionId).Returns(CurrentSession);
        var sanitizer = new Mock<ICssSanitizer>();
        sanitizer.Setup(s => s.Sanitize(It.IsAny<string>())).Returns(new SanitizedCss("p { color: red }", ".mirage-profile p { color: red }", [], 1));
        _service = new UserSettingsService(
            _profiles.Object, _sessions.Object, _store.Object, new ProfileEditor(sanitizer.Object),
            new PasswordService(hasher.Object, InlineHashingScheduler.Instance), new SessionPolicy(), currentUser.Object, _events.Object, _lists.Object, _clock);
    }

    [Test]
    public async Task UpdateAsync_WithNothingToApply_ReturnsNoFieldsToUpdateAndStoresNothing()
    {
        var result = await _service.UpdateAsync(new SettingsEdit(null, null, NoProfileChanges), CancellationToken.None);

        Assert.That(result.Error, Is.EqualTo(AccountErrors.NoFieldsToUpdate));
        VerifyNothingStored();
    }

    [Test]
    public async Task UpdateAsync_WithEmailAndCss_StoresTheEditedProfileAndTheEmailTogether()
    {
        var edit = new SettingsEdit("new@example.com", null, NoProfileChanges with { CustomCss = new Change<string?>("p { color: red }") });

        var result = await _service.UpdateAsync(edit, CancellationToken.None);

        Assert.That(result.Value.Profile.Email, Is.EqualTo("new@example.com"));
        Assert.That(result.Value.Profile.Profile.CustomCssScoped, Is.EqualTo(".mirage-profile p { color: red }"));
        _store.Verify(s => s.SaveAsync(
            42,
            It.Is<SettingsChanges>(c => c.Email == "new@example.com" && c.PasswordHash == null && c.Profile.CustomCss == "p { color: red }" && c.Profile.Description == "hello"),
            CurrentSession,
            It.IsAny<CancellationToken>()));
        _events.VerifyNoOtherCalls();
    }

    [Test]
    public async Task UpdateAsync_WhenTheEmailIsTaken_ReturnsEmailTaken()
    {
        _store.Setup(s => s.SaveAsync(42, It.IsAny<SettingsChanges>(), CurrentSession, It.IsAny<CancellationToken>()))
            .ReturnsAsync(new SettingsSaved(EmailTaken: true, OtherSessionsEnded: 0));

        var result = await _service.UpdateAsync(new SettingsEdit("bob@example.com", null, NoProfileChanges), CancellationToken.None);

        Assert.That(result.Error, Is.EqualTo(AccountErrors.EmailTaken));
    }

    [Test]
    public async Task UpdateAsync_WithANewPasswordTenMinutesAfterSignIn_StoresItsHashAndRecordsTheChange()
    {
        _clock.Advance(TimeSpan.FromMinutes(10));

        var result = await _service.UpdateAsync(new SettingsEdit(null, NewPassword, NoProfileChanges), CancellationToken.None);

        Assert.That(result.IsSuccess, Is.True);
        _store.Verify(s => s.SaveAsync(42, It.Is<SettingsChanges>(c => c.PasswordHash == "hash-of-new"), CurrentSession, It.IsAny<CancellationToken>()));
        _events.Verify(e => e.PasswordChanged(42, 2));
    }

    [Test]
    public async Task UpdateAsync_WithANewPasswordLaterThanThat_ReturnsSignInAgainAndStoresNothing()
    {
        _clock.Advance(TimeSpan.FromMinutes(10) + TimeSpan.FromSeconds(1));

        var result = await _service.UpdateAsync(new SettingsEdit(null, NewPassword, NoProfileChanges), CancellationToken.None);

        Assert.That(result.Error, Is.EqualTo(AccountErrors.SignInAgain));
        VerifyNothingStored();
    }

    [Test]
    public async Task UpdateAsync_WithAPasswordContainingTheUsername_ReturnsTheRuleAndStoresNothing()
    {
        var result = await _service.UpdateAsync(new SettingsEdit(null, "ann-is-the-best-1", NoProfileChanges), CancellationToken.None);

        Assert.That(result.Error, Is.EqualTo(PasswordRules.ContainsUsername));
        VerifyNothingStored();
    }

    [Test]
    public async Task UpdateAsync_WhenTheUserIsGone_ReturnsNotFound()
    {
        _store.Setup(s => s.SaveAsync(42, It.IsAny<SettingsChanges>(), CurrentSession, It.IsAny<CancellationToken>())).ReturnsAsync((SettingsSaved?)null);

        var result = await _service.UpdateAsync(new SettingsEdit(null, null, NoProfileChanges with { Description = new Change<string?>("x") }), CancellationToken.None);

        Assert.That(result.Error, Is.EqualTo(UserErrors.NotFound));
    }

    private void VerifyNothingStored() =>
        _store.Verify(s => s.SaveAsync(It.IsAny<long>(), It.IsAny<SettingsChanges>(), It.IsAny<Guid>(), It.IsAny<CancellationToken>()), Times.Never);
}
