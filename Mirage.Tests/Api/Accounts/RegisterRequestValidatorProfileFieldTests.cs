using FluentValidation.TestHelper;
using Mirage.Api.Accounts;
using Mirage.Api.Profiles;
using Mirage.Tests.Builders;

namespace Mirage.Tests.Api.Accounts;

/// <summary>The optional profile fields of a registration: avatar URL and description.</summary>
public sealed class RegisterRequestValidatorProfileFieldTests
{
    private const string TooManyWords = "You are talking too much in the description";

    private readonly RegisterRequestValidator _validator = new();

    [TestCase(null)]
    [TestCase("https://cdn.example.com/ann.png")]
    [TestCase("http://example.com/a.png?size=64")]
    public void Validate_WithAbsoluteHttpAvatarUrlOrNone_AcceptsIt(string? avatarUrl)
    {
        var result = _validator.TestValidate(new RegisterRequestBuilder().WithAvatarUrl(avatarUrl).Build());

        result.ShouldNotHaveValidationErrorFor(r => r.AvatarUrl);
    }

    [TestCase("javascript:alert(1)")]
    [TestCase("data:image/png;base64,iVBORw0KGgo=")]
    [TestCase("/x.png")]
    [TestCase("x.png")]
    [TestCase("ftp://example.com/x.png")]
    [TestCase("file:///etc/passwd")]
    [TestCase("https://")]
    [TestCase(" https://example.com/x.png")]
    [TestCase("https://example.com/x.png\n")]
    public void Validate_WithNonHttpAvatarUrl_ReturnsInvalidUrl(string avatarUrl)
    {
        var result = _validator.TestValidate(new RegisterRequestBuilder().WithAvatarUrl(avatarUrl).Build());

        result.ShouldHaveValidationErrorFor(r => r.AvatarUrl).WithErrorMessage(ProfileRules.InvalidUrl("avatar_url"));
    }

    [TestCase(2048, true)]
    [TestCase(2049, false)]
    public void Validate_WithLongAvatarUrl_AcceptsUpTo2048Characters(int length, bool accepted)
    {
        const string prefix = "https://cdn.example.com/";
        var url = prefix + new string('a', length - prefix.Length);

        var result = _validator.TestValidate(new RegisterRequestBuilder().WithAvatarUrl(url).Build());

        if (accepted)
        {
            result.ShouldNotHaveValidationErrorFor(r => r.AvatarUrl);
        }
        else
        {
            result.ShouldHaveValidationErrorFor(r => r.AvatarUrl).WithErrorMessage(ProfileRules.InvalidUrl("avatar_url"));
        }
    }

    [Test]
    public void Validate_With500WordDescription_AcceptsIt()
    {
        var result = _validator.TestValidate(new RegisterRequestBuilder().WithDescription(WordsOf(500)).Build());

        result.ShouldNotHaveValidationErrorFor(r => r.Description);
    }

    [Test]
    public void Validate_With501WordDescription_ReturnsTooManyWords()
    {
        var result = _validator.TestValidate(new RegisterRequestBuilder().WithDescription(WordsOf(501)).Build());

        result.ShouldHaveValidationErrorFor(r => r.Description).WithErrorMessage(TooManyWords);
    }

    [TestCase(10_000, true)]
    [TestCase(10_001, false)]
    public void Validate_WithLongDescription_AcceptsUpTo10000Characters(int length, bool accepted)
    {
        var result = _validator.TestValidate(new RegisterRequestBuilder().WithDescription(new string('a', length)).Build());

        if (accepted)
        {
            result.ShouldNotHaveValidationErrorFor(r => r.Description);
        }
        else
        {
            result.ShouldHaveValidationErrorFor(r => r.Description).WithErrorMessage(ProfileRules.DescriptionTooLong).Only();
        }
    }

    private static string WordsOf(int count) => string.Join(" ", Enumerable.Repeat("word", count));
}
