using FluentValidation.TestHelper;
using Mirage.Api.Follows;

namespace Mirage.Tests.Api.Follows;

public sealed class CheckFollowQueryValidatorTests
{
    private readonly CheckFollowQueryValidator _validator = new();

    [TestCase(null)]
    [TestCase("")]
    [TestCase("  ")]
    public void Validate_WithoutUsername_ReturnsMissingFields(string? username)
    {
        var result = _validator.TestValidate(new CheckFollowQuery { Username = username });

        result.ShouldHaveValidationErrorFor(q => q.Username).WithErrorMessage("I can't see a single field you filled");
    }

    [Test]
    public void Validate_WithUsername_HasNoErrors()
    {
        _validator.TestValidate(new CheckFollowQuery { Username = "bob" }).ShouldNotHaveAnyValidationErrors();
    }
}
