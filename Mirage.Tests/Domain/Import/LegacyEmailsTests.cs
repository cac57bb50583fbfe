using Mirage.Domain.Import;

namespace Mirage.Tests.Domain.Import;

public sealed class LegacyEmailsTests
{
    [Test]
    public void Assign_AddressesDifferingOnlyInCase_NewerAccountGetsAPlaceholderThatReceivesNoMail()
    {
        var emails = LegacyEmails.Assign([(17, "kai@mirage.test"), (16, "Kai@Mirage.test")]);

        Assert.That(emails[16], Is.EqualTo(("Kai@Mirage.test", (string?)null)));
        Assert.That(emails[17].Email, Is.EqualTo("legacy-user-17@mirage.invalid"));
        Assert.That(emails[17].Reason, Does.Contain("older account"));
    }

    [Test]
    public void Assign_EmptyAddress_GetsAPlaceholder() =>
        Assert.That(LegacyEmails.Assign([(5, " ")])[5].Email, Is.EqualTo("legacy-user-5@mirage.invalid"));
}
