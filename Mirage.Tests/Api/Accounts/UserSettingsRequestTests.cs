using Mirage.Api.Accounts;
using Mirage.Domain.Profiles;

namespace Mirage.Tests.Api.Accounts;

public sealed class UserSettingsRequestTests
{
    [Test]
    public void ToEdit_OfTheFormWithEveryFieldBlank_ClearsOnlyDescriptionCssAndBackground()
    {
        var edit = new UserSettingsRequest { Email = " ", AvatarUrl = "", Password = "", Description = "", CustomCss = "", BackgroundImage = "" }.ToEdit();

        using (Assert.EnterMultipleScope())
        {
            Assert.That(edit.Email, Is.Null);
            Assert.That(edit.Password, Is.Null);
            Assert.That(edit.Profile.AvatarUrl, Is.Null);
            Assert.That(edit.Profile.Description, Is.EqualTo(new Change<string?>("")));
            Assert.That(edit.Profile.CustomCss, Is.EqualTo(new Change<string?>("")));
            Assert.That(edit.Profile.BackgroundImage, Is.EqualTo(new Change<string?>(null)));
            Assert.That(edit.IsEmpty, Is.False);
        }
    }

    [Test]
    public void ToEdit_OfNulls_IsEmpty()
    {
        Assert.That(new UserSettingsRequest().ToEdit().IsEmpty, Is.True);
    }

    [Test]
    public void ToEdit_TrimsTheEmail()
    {
        Assert.That(new UserSettingsRequest { Email = "  ann@example.com " }.ToEdit().Email, Is.EqualTo("ann@example.com"));
    }
}
