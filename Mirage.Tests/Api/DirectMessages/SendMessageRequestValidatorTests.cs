using FluentValidation.TestHelper;
using Mirage.Api.DirectMessages;

namespace Mirage.Tests.Api.DirectMessages;

public sealed class SendMessageRequestValidatorTests
{
    private const string Missing = "missing recipient or message";
    private const string TooLong = "message cannot exceed 2000 characters";
    private readonly SendMessageRequestValidator _validator = new();

    [Test]
    public void Validate_WithRecipientAndMessage_HasNoErrors()
    {
        _validator.TestValidate(new SendMessageRequest { Recipient = "bob", Message = "hi" }).ShouldNotHaveAnyValidationErrors();
    }

    [TestCase(null)]
    [TestCase("")]
    [TestCase("   ")]
    public void Validate_WithoutRecipient_ReturnsMissingRecipientOrMessage(string? recipient)
    {
        var result = _validator.TestValidate(new SendMessageRequest { Recipient = recipient, Message = "hi" });

        result.ShouldHaveValidationErrorFor(r => r.Recipient).WithErrorMessage(Missing).Only();
    }

    [TestCase(null)]
    [TestCase("")]
    [TestCase(" \n\t ")]
    public void Validate_WithoutMessage_ReturnsMissingRecipientOrMessage(string? message)
    {
        var result = _validator.TestValidate(new SendMessageRequest { Recipient = "bob", Message = message });

        result.ShouldHaveValidationErrorFor(r => r.Message).WithErrorMessage(Missing).Only();
    }

    [Test]
    public void Validate_With2000Characters_AcceptsThem()
    {
        _validator.TestValidate(new SendMessageRequest { Recipient = "bob", Message = new string('a', 2000) }).ShouldNotHaveAnyValidationErrors();
    }

    [Test]
    public void Validate_With2001Characters_ReturnsTooLong()
    {
        var result = _validator.TestValidate(new SendMessageRequest { Recipient = "bob", Message = new string('a', 2001) });

        result.ShouldHaveValidationErrorFor(r => r.Message).WithErrorMessage(TooLong).Only();
    }

    [Test]
    public void Validate_With2000EmojiWithSkinTones_AcceptsThemAsCharactersAPersonSees()
    {
        var message = string.Concat(Enumerable.Repeat("👍🏽", 2000));

        _validator.TestValidate(new SendMessageRequest { Recipient = "bob", Message = message }).ShouldNotHaveAnyValidationErrors();
    }

    [Test]
    public void Validate_WithFewCharactersMadeOfVeryManyCodeUnits_ReturnsTooLong()
    {
        // One letter with thousands of combining marks is one text element but would not fit the column.
        var message = "a" + new string('\u0301', 40_000);

        var result = _validator.TestValidate(new SendMessageRequest { Recipient = "bob", Message = message });

        result.ShouldHaveValidationErrorFor(r => r.Message).WithErrorMessage(TooLong).Only();
    }
}
