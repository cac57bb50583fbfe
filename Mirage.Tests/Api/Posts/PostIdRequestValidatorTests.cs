using FluentValidation.TestHelper;
using Mirage.Api.Posts;

namespace Mirage.Tests.Api.Posts;

public sealed class PostIdRequestValidatorTests
{
    private readonly PostIdRequestValidator _validator = new();

    [Test]
    public void Validate_WithoutPostId_ReturnsMissingFields()
    {
        var result = _validator.TestValidate(new PostIdRequest());

        result.ShouldHaveValidationErrorFor(r => r.PostId).WithErrorMessage("I can't see a single field you filled");
    }

    [Test]
    public void Validate_WithPostId_HasNoErrors()
    {
        _validator.TestValidate(new PostIdRequest { PostId = 5 }).ShouldNotHaveAnyValidationErrors();
    }
}
