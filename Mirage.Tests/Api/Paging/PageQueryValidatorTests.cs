using FluentValidation.TestHelper;
using Mirage.Api.Paging;
using Mirage.Domain.Common;

namespace Mirage.Tests.Api.Paging;

public sealed class PageQueryValidatorTests
{
    private readonly PageQueryValidator _validator = new();

    [TestCase(0)]
    [TestCase(-1)]
    [TestCase(101)]
    public void Validate_WithLimitOutOfRange_ReturnsLimitMustBeBetween1And100(int limit)
    {
        var result = _validator.TestValidate(new PageQuery { Limit = limit });

        result.ShouldHaveValidationErrorFor(q => q.Limit).WithErrorMessage("limit must be between 1 and 100").Only();
    }

    [TestCase(1)]
    [TestCase(100)]
    [TestCase(null)]
    public void Validate_WithLimitInRangeOrNone_HasNoErrors(int? limit)
    {
        _validator.TestValidate(new PageQuery { Limit = limit }).ShouldNotHaveAnyValidationErrors();
    }

    [TestCase("garbage!")]
    [TestCase("")]
    [TestCase("NS03")]
    public void Validate_WithCursorThatIsNotOneOfOurs_ReturnsInvalidCursor(string cursor)
    {
        var result = _validator.TestValidate(new PageQuery { Cursor = cursor });

        result.ShouldHaveValidationErrorFor(q => q.Cursor).WithErrorMessage("invalid cursor").Only();
    }

    [Test]
    public void Validate_WithCursorFromAPreviousPage_HasNoErrors()
    {
        _validator.TestValidate(new PageQuery { Limit = 20, Cursor = new Cursor(5, 7).Encode() }).ShouldNotHaveAnyValidationErrors();
    }
}
