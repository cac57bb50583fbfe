using FluentValidation.TestHelper;
using Mirage.Api.Accounts;
using Mirage.Api.Passwords;

namespace Mirage.Tests.Api.Accounts;

public sealed class LoginRequestValidatorTests
{
    private const string MissingFields = "I can't see a single field you filled";

    private readonly LoginRequestValidator _validator = new();

    [Test]
    public void Validate_WithUsernameAndPassword_HasNoErrors()
    {
        var request = new LoginRequest { Username = "ann", Password = "correct horse battery staple" };

        _validator.TestValidate(request).ShouldNotHaveAnyValidationErrors();
    }

    [TestCase(null)]
    [TestCase("")]
    [TestCase("   ")]
    public void Validate_WithMissingUsername_ReturnsMissingFields(string? username)
    {
        var result = _validator.TestValidate(new LoginRequest { Username = username, Password = "correct horse battery staple" });

        result.ShouldHaveValidationErrorFor(r => r.Username).WithErrorMessage(MissingFields).Only();
    }

    [TestCase(null)]
    [TestCase("")]
    [TestCase(" \t ")]
    public void Validate_WithMissingPassword_ReturnsMissingFields(string? password)
    {
        var result = _validator.TestValidate(new LoginRequest { Username = "ann", Password = password });

        result.ShouldHaveValidationErrorFor(r => r.Password).WithErrorMessage(MissingFields).Only();
    }

    [Test]
    public void Validate_WithShortPassword_LeavesTheCheckToTheHash()
    {
        var result = _validator.TestValidate(new LoginRequest { Username = "ann", Password = "short" });

        result.ShouldNotHaveAnyValidationErrors();
    }

    [Test]
    public void Validate_With128CharacterPassword_AcceptsIt()
    {
        var result = _validator.TestValidate(new LoginRequest { Username = "ann", Password = new string('p', 128) });

        result.ShouldNotHaveValidationErrorFor(r => r.Password);
    }

    [Test]
    public void Validate_With129CharacterPassword_ReturnsPasswordTooLongBeforeAnyHashing()
    {
        var result = _validator.TestValidate(new LoginRequest { Username = "ann", Password = new string('p', 129) });

        result.ShouldHaveValidationErrorFor(r => r.Password).WithErrorMessage(PasswordMessages.TooLong);
    }
}
