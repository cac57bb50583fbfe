using FluentValidation.TestHelper;
using Mirage.Api.Rooms;

namespace Mirage.Tests.Api.Rooms;

public sealed class RoomMessagesQueryValidatorTests
{
    private readonly RoomMessagesQueryValidator _validator = new();

    [TestCase("7", null)]
    [TestCase("7", "0")]
    [TestCase("7", "123456")]
    public void Validate_WithRoomIdAndOptionalAfter_HasNoErrorsAndReadsThem(string roomId, string? after)
    {
        var query = new RoomMessagesQuery { RoomId = roomId, After = after };

        _validator.TestValidate(query).ShouldNotHaveAnyValidationErrors();
        Assert.That(query.ToRoomId(), Is.EqualTo(7));
        Assert.That(query.ToAfter(), Is.EqualTo(after is null ? null : long.Parse(after, System.Globalization.CultureInfo.InvariantCulture)));
    }

    [TestCase(null)]
    [TestCase("abc")]
    [TestCase("-1")]
    [TestCase(" 7")]
    [TestCase("99999999999999999999")]
    public void Validate_WithoutANumericRoomId_ReturnsMissingRoomId(string? roomId)
    {
        var result = _validator.TestValidate(new RoomMessagesQuery { RoomId = roomId });

        result.ShouldHaveValidationErrorFor(q => q.RoomId).WithErrorMessage("missing token or room id").Only();
    }

    [TestCase("x")]
    [TestCase("-3")]
    [TestCase("1.5")]
    public void Validate_WithAnAfterThatIsNotAnId_ReturnsInvalidAfter(string after)
    {
        var result = _validator.TestValidate(new RoomMessagesQuery { RoomId = "1", After = after });

        result.ShouldHaveValidationErrorFor(q => q.After).WithErrorMessage("after must be a message id").Only();
    }
}
