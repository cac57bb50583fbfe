using FluentValidation.TestHelper;
using Mirage.Api.Accounts;
using Mirage.Api.Passwords;
using Mirage.Tests.Builders;

namespace Mirage.Tests.Api.Accounts;

public sealed class RegisterRequestValidatorTests
{
    private const string MissingFields = "I can't see a single field you filled";

    private readonly RegisterRequestValidator _validator = new();

    [Test]
    public void Validate_WithCompleteRequest_HasNoErrors()
    {
        var request = new RegisterRequestBuilder()
            .WithAvatarUrl("https://cdn.example.com/ann.png")
            .WithDescription("I take photos of mirages.")
            .Build();

        _validator.TestValidate(request).ShouldNotHaveAnyValidationErrors();
    }

    [TestCase(null)]
    [TestCase("")]
    [TestCase("   ")]
    [TestCase("\t\n")]
    public void Validate_WithMissingUsername_ReturnsMissingFields(string? username)
    {
        var result = _validator.TestValidate(new RegisterRequestBuilder().WithUsername(username).Build());

        result.ShouldHaveValidationErrorFor(r => r.Username).WithErrorMessage(MissingFields).Only();
    }

    [TestCase(null)]
    [TestCase("")]
    [TestCase("   ")]
    public void Validate_WithMissingEmail_ReturnsMissingFields(string? email)
    {
        var result = _validator.TestValidate(new RegisterRequestBuilder().WithEmail(email).Build());

        result.ShouldHaveValidationErrorFor(r => r.Email).WithErrorMessage(MissingFields).Only();
    }

    [TestCase(null)]
    [TestCase("")]
    [TestCase("        ")]
    public void Validate_WithMissingPassword_ReturnsMissingFields(string? password)
    {
        var result = _validator.TestValidate(new RegisterRequestBuilder().WithPassword(password).Build());

        result.ShouldHaveValidationErrorFor(r => r.Password).WithErrorMessage(MissingFields).Only();
    }

    [TestCase("ann")]
    [TestCase("Ann.Lee-2_x")]
    [TestCase("abcdefghijklmnopqrstuvwxyz012345")]
    [TestCase("  ann  ")]
    [TestCase("alice\n")]
    public void Validate_WithWellFormedUsername_AcceptsIt(string username)
    {
        var result = _validator.TestValidate(new RegisterRequestBuilder().WithUsername(username).Build());

        result.ShouldNotHaveValidationErrorFor(r => r.Username);
    }

    [TestCase("ab")]
    [TestCase("abcdefghijklmnopqrstuvwxyz0123456")]
    [TestCase("\u0430lice")]
    [TestCase("ann lee")]
    [TestCase("ann\u0007x")]
    [TestCase("ann\u0000x")]
    [TestCase("ann\nlee")]
    [TestCase("ann@example")]
    [TestCase("<script>")]
    [TestCase("ånn")]
    public void Validate_WithMalformedUsername_ReturnsInvalidUsername(string username)
    {
        var result = _validator.TestValidate(new RegisterRequestBuilder().WithUsername(username).Build());

        result.ShouldHaveValidationErrorFor(r => r.Username).WithErrorMessage(AccountMessages.InvalidUsername);
    }

    [TestCase("a@example.com")]
    [TestCase("Ann.Lee+tag@Mail.Example.COM")]
    [TestCase(" a@example.com ")]
    public void Validate_WithEmailAddress_AcceptsIt(string email)
    {
        var result = _validator.TestValidate(new RegisterRequestBuilder().WithEmail(email).Build());

        result.ShouldNotHaveValidationErrorFor(r => r.Email);
    }

    [TestCase("not-an-email")]
    [TestCase("a@b")]
    [TestCase("a@b.")]
    [TestCase("a@.example.com")]
    [TestCase("@example.com")]
    [TestCase("a\u0007b@example.com")]
    [TestCase("a@exa\u0000mple.com")]
    [TestCase("Ann <a@example.com>")]
    [TestCase("a@example.com, b@example.com")]
    public void Validate_WithMalformedEmail_ReturnsInvalidEmail(string email)
    {
        var result = _validator.TestValidate(new RegisterRequestBuilder().WithEmail(email).Build());

        result.ShouldHaveValidationErrorFor(r => r.Email).WithErrorMessage(AccountMessages.InvalidEmail);
    }

    [Test]
    public void Validate_WithEmailOverMaxLength_ReturnsInvalidEmail()
    {
        var email = new string('a', 64) + "@" + new string('b', 190) + ".com";

        var result = _validator.TestValidate(new RegisterRequestBuilder().WithEmail(email).Build());

        result.ShouldHaveValidationErrorFor(r => r.Email).WithErrorMessage(AccountMessages.InvalidEmail);
    }

    [Test]
    public void Validate_WithSevenCharacterPassword_ReturnsPasswordTooShort()
    {
        var result = _validator.TestValidate(new RegisterRequestBuilder().WithPassword("1234567").Build());

        result.ShouldHaveValidationErrorFor(r => r.Password).WithErrorMessage(PasswordMessages.TooShort);
    }

    [TestCase(8)]
    [TestCase(128)]
    public void Validate_WithPasswordWithinLimits_AcceptsIt(int length)
    {
        var result = _validator.TestValidate(new RegisterRequestBuilder().WithPassword(new string('p', length)).Build());

        result.ShouldNotHaveValidationErrorFor(r => r.Password);
    }

    [Test]
    public void Validate_With129CharacterPassword_ReturnsPasswordTooLong()
    {
        var result = _validator.TestValidate(new RegisterRequestBuilder().WithPassword(new string('p', 129)).Build());

        result.ShouldHaveValidationErrorFor(r => r.Password).WithErrorMessage(PasswordMessages.TooLong);
    }
}
