using FluentValidation.TestHelper;
using Mirage.Api.Rooms;

namespace Mirage.Tests.Api.Rooms;

public sealed class CreateRoomRequestValidatorTests
{
    private const string InvalidFields = "invalid fields received";

    private readonly CreateRoomRequestValidator _validator = new();

    [TestCase(null, null)]
    [TestCase("0", null)]
    [TestCase("false", "ignored for a public room")]
    [TestCase("1", "a password")]
    [TestCase("true", "a password")]
    public void Validate_WithANameAndAReadableIsPrivate_HasNoErrors(string? isPrivate, string? password)
    {
        _validator.TestValidate(new CreateRoomRequest { RoomName = "lobby", IsPrivate = isPrivate, Password = password }).ShouldNotHaveAnyValidationErrors();
    }

    [TestCase(null)]
    [TestCase("")]
    [TestCase("   ")]
    public void Validate_WithoutName_ReturnsInvalidFields(string? name)
    {
        var result = _validator.TestValidate(new CreateRoomRequest { RoomName = name });

        result.ShouldHaveValidationErrorFor(r => r.RoomName).WithErrorMessage(InvalidFields).Only();
    }

    [Test]
    public void Validate_WithNameOf64CharactersAfterTrimming_HasNoErrors()
    {
        _validator.TestValidate(new CreateRoomRequest { RoomName = $"  {new string('n', 64)}  " }).ShouldNotHaveAnyValidationErrors();
    }

    [Test]
    public void Validate_WithNameOf65Characters_ReturnsInvalidFields()
    {
        var result = _validator.TestValidate(new CreateRoomRequest { RoomName = new string('n', 65) });

        result.ShouldHaveValidationErrorFor(r => r.RoomName).WithErrorMessage(InvalidFields);
    }

    [TestCase("2")]
    [TestCase("yes")]
    [TestCase("[1]")]
    [TestCase("{}")]
    public void Validate_WithIsPrivateNeitherBooleanNorZeroOrOne_ReturnsInvalidFields(string isPrivate)
    {
        var result = _validator.TestValidate(new CreateRoomRequest { RoomName = "lobby", IsPrivate = isPrivate });

        result.ShouldHaveValidationErrorFor(r => r.IsPrivate).WithErrorMessage(InvalidFields).Only();
    }

    [TestCase(null)]
    [TestCase("")]
    [TestCase("  ")]
    public void Validate_PrivateWithoutPassword_ReturnsInvalidFields(string? password)
    {
        var result = _validator.TestValidate(new CreateRoomRequest { RoomName = "lobby", IsPrivate = "1", Password = password });

        result.ShouldHaveValidationErrorFor(r => r.Password).WithErrorMessage(InvalidFields).Only();
    }

    [Test]
    public void Validate_WithPasswordOver256Characters_ReturnsInvalidFields()
    {
        var result = _validator.TestValidate(new CreateRoomRequest { RoomName = "lobby", IsPrivate = "true", Password = new string('p', 257) });

        result.ShouldHaveValidationErrorFor(r => r.Password).WithErrorMessage(InvalidFields).Only();
    }

    [TestCase(null, false)]
    [TestCase("0", false)]
    [TestCase("false", false)]
    [TestCase("1", true)]
    [TestCase("true", true)]
    public void ToNewRoom_ReadsIsPrivate(string? isPrivate, bool expected)
    {
        Assert.That(new CreateRoomRequest { RoomName = "lobby", IsPrivate = isPrivate }.ToNewRoom().IsPrivate, Is.EqualTo(expected));
    }
}
