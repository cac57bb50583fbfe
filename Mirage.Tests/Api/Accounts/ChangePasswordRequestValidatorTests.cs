using FluentValidation.TestHelper;
using Mirage.Api.Accounts;
using Mirage.Api.Passwords;

namespace Mirage.Tests.Api.Accounts;

public sealed class ChangePasswordRequestValidatorTests
{
    private const string MissingFields = "I can't see a single field you filled";
    private const string CurrentPassword = "correct horse battery staple";
    private const string NewPassword = "tr0mbone spiral lantern";

    private readonly ChangePasswordRequestValidator _validator = new();

    [Test]
    public void Validate_WithBothPasswords_HasNoErrors()
    {
        var request = new ChangePasswordRequest { CurrentPassword = CurrentPassword, NewPassword = NewPassword };

        _validator.TestValidate(request).ShouldNotHaveAnyValidationErrors();
    }

    [Test]
    public void Validate_WithEmptyBody_ReturnsMissingFieldsForBoth()
    {
        var result = _validator.TestValidate(new ChangePasswordRequest());

        result.ShouldHaveValidationErrorFor("current_password").WithErrorMessage(MissingFields);
        result.ShouldHaveValidationErrorFor("new_password").WithErrorMessage(MissingFields);
    }

    [TestCase(null)]
    [TestCase("")]
    [TestCase("   ")]
    public void Validate_WithMissingCurrentPassword_ReturnsMissingFields(string? currentPassword)
    {
        var result = _validator.TestValidate(new ChangePasswordRequest { CurrentPassword = currentPassword, NewPassword = NewPassword });

        result.ShouldHaveValidationErrorFor(r => r.CurrentPassword).WithErrorMessage(MissingFields).Only();
    }

    [TestCase(null)]
    [TestCase("")]
    [TestCase("        ")]
    public void Validate_WithMissingNewPassword_ReturnsMissingFields(string? newPassword)
    {
        var result = _validator.TestValidate(new ChangePasswordRequest { CurrentPassword = CurrentPassword, NewPassword = newPassword });

        result.ShouldHaveValidationErrorFor(r => r.NewPassword).WithErrorMessage(MissingFields).Only();
    }

    [Test]
    public void Validate_WithSevenCharacterNewPassword_ReturnsPasswordTooShort()
    {
        var result = _validator.TestValidate(new ChangePasswordRequest { CurrentPassword = CurrentPassword, NewPassword = "1234567" });

        result.ShouldHaveValidationErrorFor(r => r.NewPassword).WithErrorMessage(PasswordMessages.TooShort).Only();
    }

    [Test]
    public void Validate_With129CharacterNewPassword_ReturnsPasswordTooLong()
    {
        var result = _validator.TestValidate(
            new ChangePasswordRequest { CurrentPassword = CurrentPassword, NewPassword = new string('p', 129) });

        result.ShouldHaveValidationErrorFor(r => r.NewPassword).WithErrorMessage(PasswordMessages.TooLong).Only();
    }

    [TestCase(8)]
    [TestCase(128)]
    public void Validate_WithNewPasswordWithinLimits_AcceptsIt(int length)
    {
        var result = _validator.TestValidate(
            new ChangePasswordRequest { CurrentPassword = CurrentPassword, NewPassword = new string('p', length) });

        result.ShouldNotHaveAnyValidationErrors();
    }

    [Test]
    public void Validate_WithShortCurrentPassword_AcceptsIt()
    {
        // Passwords set before the length rule must still be able to prove who is asking.
        var result = _validator.TestValidate(new ChangePasswordRequest { CurrentPassword = "short", NewPassword = NewPassword });

        result.ShouldNotHaveAnyValidationErrors();
    }

    [Test]
    public void Validate_With129CharacterCurrentPassword_ReturnsPasswordTooLong()
    {
        var result = _validator.TestValidate(
            new ChangePasswordRequest { CurrentPassword = new string('p', 129), NewPassword = NewPassword });

        result.ShouldHaveValidationErrorFor(r => r.CurrentPassword).WithErrorMessage(PasswordMessages.TooLong).Only();
    }
}
