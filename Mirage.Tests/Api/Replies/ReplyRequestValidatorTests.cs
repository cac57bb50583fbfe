using FluentValidation.TestHelper;
using Mirage.Api.Replies;

namespace Mirage.Tests.Api.Replies;

public sealed class ReplyRequestValidatorTests
{
    private readonly ReplyRequestValidator _validator = new();

    [Test]
    public void Validate_WithPostIdAndContent_HasNoErrors()
    {
        _validator.TestValidate(new ReplyRequest { PostId = 5, Content = "nice" }).ShouldNotHaveAnyValidationErrors();
    }

    [Test]
    public void Validate_WithoutPostId_ReturnsMissingFields()
    {
        var result = _validator.TestValidate(new ReplyRequest { Content = "nice" });

        result.ShouldHaveValidationErrorFor(r => r.PostId).WithErrorMessage("I can't see a single field you filled").Only();
    }

    [TestCase(null)]
    [TestCase("")]
    [TestCase("  ")]
    public void Validate_WithNoContent_ReturnsNothingToReply(string? content)
    {
        var result = _validator.TestValidate(new ReplyRequest { PostId = 5, Content = content });

        result.ShouldHaveValidationErrorFor(r => r.Content).WithErrorMessage("nothing to reply").Only();
    }

    [Test]
    public void Validate_With512EmojiWithSkinTones_AcceptsThem()
    {
        var content = string.Concat(Enumerable.Repeat("👍🏽", 512));

        _validator.TestValidate(new ReplyRequest { PostId = 5, Content = content }).ShouldNotHaveAnyValidationErrors();
    }

    [Test]
    public void Validate_With513Characters_ReturnsReplyTooLong()
    {
        var result = _validator.TestValidate(new ReplyRequest { PostId = 5, Content = new string('a', 513) });

        result.ShouldHaveValidationErrorFor(r => r.Content).WithErrorMessage("reply content cannot exceed 512 characters");
    }
}
