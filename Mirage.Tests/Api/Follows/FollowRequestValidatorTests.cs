using FluentValidation.TestHelper;
using Mirage.Api.Follows;

namespace Mirage.Tests.Api.Follows;

public sealed class FollowRequestValidatorTests
{
    private readonly FollowRequestValidator _validator = new();

    [TestCase(null)]
    [TestCase("")]
    [TestCase("   ")]
    public void Validate_WithoutUsername_ReturnsMissingFields(string? username)
    {
        var result = _validator.TestValidate(new FollowRequest { Username = username });

        result.ShouldHaveValidationErrorFor(r => r.Username).WithErrorMessage("I can't see a single field you filled");
    }

    [Test]
    public void Validate_WithUsername_HasNoErrors()
    {
        _validator.TestValidate(new FollowRequest { Username = "bob" }).ShouldNotHaveAnyValidationErrors();
    }

    [Test]
    public void Username_WithSurroundingSpaces_IsTrimmed()
    {
        Assert.That(new FollowRequest { Username = "  bob \t" }.Username, Is.EqualTo("bob"));
    }
}
