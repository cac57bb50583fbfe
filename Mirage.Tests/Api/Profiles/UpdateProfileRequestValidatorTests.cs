using FluentValidation.TestHelper;
using Mirage.Api.Profiles;

namespace Mirage.Tests.Api.Profiles;

public sealed class UpdateProfileRequestValidatorTests
{
    private readonly UpdateProfileRequestValidator _validator = new();

    [Test]
    public void Validate_WithEmptyRequest_HasNoErrors()
    {
        _validator.TestValidate(new UpdateProfileRequest()).ShouldNotHaveAnyValidationErrors();
    }

    [Test]
    public void Validate_WithEveryFieldSetToNull_HasNoErrors()
    {
        var request = new UpdateProfileRequest { AvatarUrl = null, Description = null, CustomCss = null, BackgroundImage = null };

        _validator.TestValidate(request).ShouldNotHaveAnyValidationErrors();
    }

    [Test]
    public void Validate_WithEveryFieldWellFormed_HasNoErrors()
    {
        var request = new UpdateProfileRequest
        {
            AvatarUrl = "https://cdn.example.com/ann.png",
            Description = "I take photos of mirages.",
            CustomCss = "h1 { color: red; }",
            BackgroundImage = "http://cdn.example.com/bg.png",
        };

        _validator.TestValidate(request).ShouldNotHaveAnyValidationErrors();
    }

    [TestCase("javascript:alert(1)")]
    [TestCase("data:image/png;base64,iVBORw0KGgo=")]
    [TestCase("/images/bg.png")]
    [TestCase("bg.png")]
    [TestCase("//cdn.example.com/bg.png")]
    [TestCase("ftp://example.com/bg.png")]
    public void Validate_WithNonHttpBackgroundImage_ReturnsInvalidUrlNamingTheField(string url)
    {
        var result = _validator.TestValidate(new UpdateProfileRequest { BackgroundImage = url });

        result.ShouldHaveValidationErrorFor("background_image")
            .WithErrorMessage("background_image must be an absolute http or https URL of at most 2048 characters")
            .Only();
    }

    [TestCase("javascript:alert(1)")]
    [TestCase("JAVASCRIPT:alert(1)")]
    [TestCase("data:text/html,<script>alert(1)</script>")]
    [TestCase("/ann.png")]
    public void Validate_WithNonHttpAvatarUrl_ReturnsInvalidUrlNamingTheField(string url)
    {
        var result = _validator.TestValidate(new UpdateProfileRequest { AvatarUrl = url });

        result.ShouldHaveValidationErrorFor("avatar_url")
            .WithErrorMessage("avatar_url must be an absolute http or https URL of at most 2048 characters")
            .Only();
    }

    [Test]
    public void Validate_With10240AsciiCharactersOfCss_AcceptsIt()
    {
        var result = _validator.TestValidate(new UpdateProfileRequest { CustomCss = new string('a', 10_240) });

        result.ShouldNotHaveValidationErrorFor(r => r.CustomCss);
    }

    [Test]
    public void Validate_With10241AsciiCharactersOfCss_ReturnsCssTooLarge()
    {
        var result = _validator.TestValidate(new UpdateProfileRequest { CustomCss = new string('a', 10_241) });

        result.ShouldHaveValidationErrorFor("custom_css").WithErrorMessage("custom_css cannot exceed 10 KB");
    }

    [Test]
    public void Validate_WithCssUnderTheCharacterCountButOver10KbInUtf8_ReturnsCssTooLarge()
    {
        // 5,121 two-byte characters: 10,242 bytes in UTF-8.
        var result = _validator.TestValidate(new UpdateProfileRequest { CustomCss = new string('\u00E9', 5_121) });

        result.ShouldHaveValidationErrorFor("custom_css").WithErrorMessage("custom_css cannot exceed 10 KB");
    }

    [Test]
    public void Validate_With5120TwoByteCharactersOfCss_AcceptsIt()
    {
        var result = _validator.TestValidate(new UpdateProfileRequest { CustomCss = new string('\u00E9', 5_120) });

        result.ShouldNotHaveValidationErrorFor(r => r.CustomCss);
    }

    [Test]
    public void Validate_With500WordDescription_AcceptsIt()
    {
        var result = _validator.TestValidate(new UpdateProfileRequest { Description = WordsOf(500) });

        result.ShouldNotHaveValidationErrorFor(r => r.Description);
    }

    [Test]
    public void Validate_With501WordDescription_ReturnsTooManyWords()
    {
        var result = _validator.TestValidate(new UpdateProfileRequest { Description = WordsOf(501) });

        result.ShouldHaveValidationErrorFor("description").WithErrorMessage("You are talking too much in the description").Only();
    }

    private static string WordsOf(int count) => string.Join(" ", Enumerable.Repeat("word", count));
}
