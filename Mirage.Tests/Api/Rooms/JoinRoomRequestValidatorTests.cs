using FluentValidation.TestHelper;
using Mirage.Api.Rooms;

namespace Mirage.Tests.Api.Rooms;

public sealed class JoinRoomRequestValidatorTests
{
    private readonly JoinRoomRequestValidator _validator = new();

    [TestCase(null)]
    [TestCase("a password")]
    public void Validate_WithAName_HasNoErrors(string? password)
    {
        _validator.TestValidate(new JoinRoomRequest { Name = "lobby", Password = password }).ShouldNotHaveAnyValidationErrors();
    }

    [TestCase(null)]
    [TestCase("")]
    [TestCase(" \t ")]
    public void Validate_WithoutName_ReturnsMissingRoomName(string? name)
    {
        var result = _validator.TestValidate(new JoinRoomRequest { Name = name });

        result.ShouldHaveValidationErrorFor(r => r.Name).WithErrorMessage("missing room name or token").Only();
    }

    [Test]
    public void Validate_WithPasswordOver256Characters_ReturnsPasswordTooLong()
    {
        var result = _validator.TestValidate(new JoinRoomRequest { Name = "lobby", Password = new string('p', 257) });

        result.ShouldHaveValidationErrorFor(r => r.Password).WithErrorMessage("password must be at most 256 characters").Only();
    }
}
