using FluentValidation.TestHelper;
using Mirage.Api.Accounts;
using Mirage.Api.Passwords;

namespace Mirage.Tests.Api.Accounts;

public sealed class DeleteAccountRequestValidatorTests
{
    private readonly DeleteAccountRequestValidator _validator = new();

    [TestCase("short")]
    [TestCase("correct horse battery staple")]
    public void Validate_WithPassword_HasNoErrors(string password)
    {
        _validator.TestValidate(new DeleteAccountRequest { Password = password }).ShouldNotHaveAnyValidationErrors();
    }

    [TestCase(null)]
    [TestCase("")]
    [TestCase(" \t ")]
    public void Validate_WithMissingPassword_ReturnsMissingFields(string? password)
    {
        var result = _validator.TestValidate(new DeleteAccountRequest { Password = password });

        result.ShouldHaveValidationErrorFor("password").WithErrorMessage("I can't see a single field you filled").Only();
    }

    [Test]
    public void Validate_With129CharacterPassword_ReturnsPasswordTooLong()
    {
        var result = _validator.TestValidate(new DeleteAccountRequest { Password = new string('p', 129) });

        result.ShouldHaveValidationErrorFor(r => r.Password).WithErrorMessage(PasswordMessages.TooLong).Only();
    }
}
