using FluentValidation.TestHelper;
using Mirage.Api.Rooms;

namespace Mirage.Tests.Api.Rooms;

public sealed class SendRoomMessageRequestValidatorTests
{
    private readonly SendRoomMessageRequestValidator _validator = new();

    [Test]
    public void Validate_WithRoomIdAndMessage_HasNoErrors()
    {
        _validator.TestValidate(new SendRoomMessageRequest { RoomId = 1, Message = "hi" }).ShouldNotHaveAnyValidationErrors();
    }

    [Test]
    public void Validate_WithoutRoomId_ReturnsMissingFields()
    {
        var result = _validator.TestValidate(new SendRoomMessageRequest { Message = "hi" });

        result.ShouldHaveValidationErrorFor(r => r.RoomId).WithErrorMessage("missing fields").Only();
    }

    [TestCase(null)]
    [TestCase("")]
    [TestCase("  \n ")]
    public void Validate_WithoutMessage_ReturnsMissingFields(string? message)
    {
        var result = _validator.TestValidate(new SendRoomMessageRequest { RoomId = 1, Message = message });

        result.ShouldHaveValidationErrorFor(r => r.Message).WithErrorMessage("missing fields").Only();
    }

    [Test]
    public void Validate_With2000CharactersBetweenSpaces_HasNoErrors()
    {
        _validator.TestValidate(new SendRoomMessageRequest { RoomId = 1, Message = $"  {new string('m', 2000)}  " }).ShouldNotHaveAnyValidationErrors();
    }

    [Test]
    public void Validate_With2001Characters_ReturnsTooLong()
    {
        var result = _validator.TestValidate(new SendRoomMessageRequest { RoomId = 1, Message = new string('m', 2001) });

        result.ShouldHaveValidationErrorFor(r => r.Message).WithErrorMessage("message cannot exceed 2000 characters").Only();
    }

    [Test]
    public void Validate_With2000EmojiOfSeveralUnitsEach_HasNoErrors()
    {
        // A thumbs-up with a skin tone is one character to a person and four UTF-16 units, as direct messages count it.
        var emoji = string.Concat(Enumerable.Repeat("\U0001F44D\U0001F3FD", 2000));

        _validator.TestValidate(new SendRoomMessageRequest { RoomId = 1, Message = emoji }).ShouldNotHaveAnyValidationErrors();
    }

    [Test]
    public void Validate_With2001EmojiOfSeveralUnitsEach_ReturnsTooLong()
    {
        var emoji = string.Concat(Enumerable.Repeat("\U0001F44D\U0001F3FD", 2001));

        var result = _validator.TestValidate(new SendRoomMessageRequest { RoomId = 1, Message = emoji });

        result.ShouldHaveValidationErrorFor(r => r.Message).WithErrorMessage("message cannot exceed 2000 characters").Only();
    }
}
