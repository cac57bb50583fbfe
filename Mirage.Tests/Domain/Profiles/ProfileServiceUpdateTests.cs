using Mirage.Domain.Common;
using Mirage.Domain.Profiles;
using Mirage.Domain.Sessions;
using Mirage.Domain.Users;
using Moq;

namespace Mirage.Tests.Domain.Profiles;

public sealed class ProfileServiceUpdateTests
{
    private const string OldCss = "h1 { color: red; }";
    private const string OldScopedCss = ".mirage-profile h1 { color: red; }";

    private static readonly ProfileEdit NoChanges = new(null, null, null, null);

    private Mock<IListChanges> _lists;
    private Mock<IProfileQueries> _profiles;
    private Mock<IProfileRepository> _profileWrites;
    private Mock<ICssSanitizer> _sanitizer;
    private OwnProfileView _ann;
    private ProfileService _service;

    [SetUp]
    public void SetUp()
    {
        _lists = new Mock<IListChanges>();
        _profiles = new Mock<IProfileQueries>();
        _profileWrites = new Mock<IProfileRepository>();
        _sanitizer = new Mock<ICssSanitizer>();
        var profile = new ProfileView
        {
            Username = "ann",
            AvatarUrl = "https://cdn.example.com/ann.png",
            Description = "hello",
            CustomCss = OldCss,
            CustomCssScoped = OldScopedCss,
            BackgroundImage = "https://cdn.example.com/bg.png",
            Stats = new UserStats(),
        };
        _ann = new OwnProfileView(profile, "ann@example.com");
        _profiles.Setup(p => p.FindOwnAsync(42, It.IsAny<CancellationToken>())).ReturnsAsync(_ann);
        var currentUser = new Mock<ICurrentUser>();
        currentUser.Setup(c => c.UserId).Returns(42);
        _service = new ProfileService(_profiles.Object, _profileWrites.Object, Mock.Of<IUserRepository>(), currentUser.Object, new ProfileEditor(_sanitizer.Object), _lists.Object);
    }

    [Test]
    public async Task UpdateAsync_WithNoFields_StoresTheProfileUnchanged()
    {
        var result = await _service.UpdateAsync(NoChanges, CancellationToken.None);

        AssertStored(result, "https://cdn.example.com/ann.png", "hello", OldCss, "https://cdn.example.com/bg.png");
        _sanitizer.VerifyNoOtherCalls();
    }

    [Test]
    public async Task UpdateAsync_WithOneField_ChangesOnlyThatField()
    {
        var edit = NoChanges with { Description = new Change<string?>("new words") };

        var result = await _service.UpdateAsync(edit, CancellationToken.None);

        AssertStored(result, "https://cdn.example.com/ann.png", "new words", OldCss, "https://cdn.example.com/bg.png");
        _lists.VerifyNoOtherCalls();
    }

    [Test]
    public async Task UpdateAsync_WithANewAvatar_DropsTheListsThatShowAvatars()
    {
        var edit = NoChanges with { AvatarUrl = new Change<string?>("https://cdn.example.com/new.png") };

        await _service.UpdateAsync(edit, CancellationToken.None);

        _lists.Verify(l => l.AnyAsync(), Times.Once);
    }

    [Test]
    public async Task UpdateAsync_WithFieldsSetToNull_ClearsThem()
    {
        var edit = new ProfileEdit(new Change<string?>(null), new Change<string?>(null), new Change<string?>(null), new Change<string?>(null));

        var result = await _service.UpdateAsync(edit, CancellationToken.None);

        AssertStored(result, null, null, null, null);
        _sanitizer.VerifyNoOtherCalls();
    }

    [Test]
    public async Task UpdateAsync_WithCustomCss_StoresTheSanitisedCssAndReportsWhatWasRemoved()
    {
        const string submitted = "h1 { color: blue; position: fixed; }";
        _sanitizer.Setup(s => s.Sanitize(submitted))
            .Returns(new SanitizedCss("h1 { color: blue; }", ".mirage-profile h1 { color: blue; }", ["position: fixed"], 2));

        var result = await _service.UpdateAsync(NoChanges with { CustomCss = new Change<string?>(submitted) }, CancellationToken.None);

        AssertStored(result, "https://cdn.example.com/ann.png", "hello", "h1 { color: blue; }", "https://cdn.example.com/bg.png");
        Assert.That(result.Value.Profile.Profile.CustomCssScoped, Is.EqualTo(".mirage-profile h1 { color: blue; }"));
        Assert.That(result.Value.Removed, Is.EqualTo(new[] { "position: fixed" }));
    }

    [Test]
    public async Task UpdateAsync_WhenNothingOfTheCssSurvives_StoresNull()
    {
        _sanitizer.Setup(s => s.Sanitize(It.IsAny<string>())).Returns(new SanitizedCss("", "", ["@import"], 0));

        var result = await _service.UpdateAsync(NoChanges with { CustomCss = new Change<string?>("@import url(x);") }, CancellationToken.None);

        Assert.That(result.Value.Profile.Profile.CustomCss, Is.Null);
        _profileWrites.Verify(
            w => w.UpdateAsync(42, It.Is<ProfileView>(p => p.CustomCss == null && p.CustomCssScoped == null), It.IsAny<CancellationToken>()),
            Times.Once);
    }

    [Test]
    public async Task UpdateAsync_WithExactly200Declarations_AcceptsTheCss()
    {
        _sanitizer.Setup(s => s.Sanitize(It.IsAny<string>())).Returns(new SanitizedCss("a { color: red; }", ".mirage-profile a { color: red; }", [], 200));

        var result = await _service.UpdateAsync(NoChanges with { CustomCss = new Change<string?>("a { color: red; }") }, CancellationToken.None);

        Assert.That(result.IsSuccess, Is.True);
    }

    [Test]
    public async Task UpdateAsync_With201Declarations_ReturnsInvalidAndStoresNothing()
    {
        _sanitizer.Setup(s => s.Sanitize(It.IsAny<string>())).Returns(new SanitizedCss("a { color: red; }", ".mirage-profile a { color: red; }", [], 201));

        var result = await _service.UpdateAsync(NoChanges with { CustomCss = new Change<string?>("a { color: red; }") }, CancellationToken.None);

        Assert.That(result.Error, Is.EqualTo(new Error(ErrorKind.Invalid, "custom_css cannot have more than 200 declarations")));
        _profileWrites.Verify(w => w.UpdateAsync(It.IsAny<long>(), It.IsAny<ProfileView>(), It.IsAny<CancellationToken>()), Times.Never);
    }

    [Test]
    public async Task UpdateAsync_WhenScopedCssOutgrowsTheColumn_ReturnsInvalidAndStoresNothing()
    {
        var huge = new string('a', User.CustomCssStoredMaxLength + 1);
        _sanitizer.Setup(s => s.Sanitize(It.IsAny<string>())).Returns(new SanitizedCss("a { color: red; }", huge, [], 10));

        var result = await _service.UpdateAsync(NoChanges with { CustomCss = new Change<string?>("a { color: red; }") }, CancellationToken.None);

        Assert.That(result.Error, Is.EqualTo(ProfileErrors.CssTooLongWhenScoped));
        _profileWrites.Verify(w => w.UpdateAsync(It.IsAny<long>(), It.IsAny<ProfileView>(), It.IsAny<CancellationToken>()), Times.Never);
    }

    [Test]
    public async Task UpdateAsync_WhenUserIsGone_ReturnsNotFound()
    {
        _profiles.Setup(p => p.FindOwnAsync(42, It.IsAny<CancellationToken>())).ReturnsAsync((OwnProfileView?)null);

        var result = await _service.UpdateAsync(NoChanges, CancellationToken.None);

        Assert.That(result.Error, Is.EqualTo(new Error(ErrorKind.NotFound, "user not found")));
    }

    private void AssertStored(Result<ProfileUpdate> result, string? avatarUrl, string? description, string? customCss, string? backgroundImage)
    {
        var profile = result.Value.Profile.Profile;
        using (Assert.EnterMultipleScope())
        {
            Assert.That(profile.AvatarUrl, Is.EqualTo(avatarUrl));
            Assert.That(profile.Description, Is.EqualTo(description));
            Assert.That(profile.CustomCss, Is.EqualTo(customCss));
            Assert.That(profile.CustomCssScoped is null, Is.EqualTo(customCss is null), "both forms or neither");
            Assert.That(profile.BackgroundImage, Is.EqualTo(backgroundImage));
            Assert.That(result.Value.Profile.Email, Is.EqualTo("ann@example.com"));
        }

        _profileWrites.Verify(w => w.UpdateAsync(42, profile, It.IsAny<CancellationToken>()), Times.Once);
    }
}
