using FluentValidation.TestHelper;
using Mirage.Api.Rooms;

namespace Mirage.Tests.Api.Rooms;

public sealed class RoomIdRequestValidatorTests
{
    private readonly RoomIdRequestValidator _validator = new();

    [Test]
    public void Validate_WithRoomId_HasNoErrors()
    {
        _validator.TestValidate(new RoomIdRequest { RoomId = 3 }).ShouldNotHaveAnyValidationErrors();
    }

    [Test]
    public void Validate_WithoutRoomId_ReturnsMissingFields()
    {
        _validator.TestValidate(new RoomIdRequest()).ShouldHaveValidationErrorFor(r => r.RoomId).WithErrorMessage("missing fields").Only();
    }
}
