using FluentValidation.TestHelper;
using Mirage.Api.DirectMessages;

namespace Mirage.Tests.Api.DirectMessages;

public sealed class MessageIdRequestValidatorTests
{
    private readonly MessageIdRequestValidator _validator = new();

    [Test]
    public void Validate_WithMessageId_HasNoErrors()
    {
        _validator.TestValidate(new MessageIdRequest { MessageId = 5 }).ShouldNotHaveAnyValidationErrors();
    }

    [Test]
    public void Validate_WithoutMessageId_ReturnsMissingMessageId()
    {
        var result = _validator.TestValidate(new MessageIdRequest());

        result.ShouldHaveValidationErrorFor(r => r.MessageId).WithErrorMessage("missing message ID").Only();
    }
}
