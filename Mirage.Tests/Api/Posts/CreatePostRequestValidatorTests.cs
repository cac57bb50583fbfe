using FluentValidation.TestHelper;
using Mirage.Api.Posts;

namespace Mirage.Tests.Api.Posts;

public sealed class CreatePostRequestValidatorTests
{
    private const string NothingToPost = "nothing to post";
    private const string TooLong = "post content cannot exceed 512 characters";

    // Thumbs up with a skin tone: one character as a person sees it, four UTF-16 units.
    private const string ThumbsUp = "👍🏽";

    private readonly CreatePostRequestValidator _validator = new();

    [TestCase(null)]
    [TestCase("")]
    [TestCase(" \t\n ")]
    public void Validate_WithNoContent_ReturnsNothingToPost(string? content)
    {
        var result = _validator.TestValidate(new CreatePostRequest { Content = content });

        result.ShouldHaveValidationErrorFor(r => r.Content).WithErrorMessage(NothingToPost).Only();
    }

    [Test]
    public void Validate_With512EmojiWithSkinTones_AcceptsThem()
    {
        var content = string.Concat(Enumerable.Repeat(ThumbsUp, 512));

        _validator.TestValidate(new CreatePostRequest { Content = content }).ShouldNotHaveAnyValidationErrors();
    }

    [Test]
    public void Validate_With513EmojiWithSkinTones_ReturnsTooLong()
    {
        var content = string.Concat(Enumerable.Repeat(ThumbsUp, 513));

        var result = _validator.TestValidate(new CreatePostRequest { Content = content });

        result.ShouldHaveValidationErrorFor(r => r.Content).WithErrorMessage(TooLong).Only();
    }

    [Test]
    public void Validate_With512CharactersInsideSurroundingSpaces_AcceptsThem()
    {
        var content = "   " + new string('a', 512) + " \n";

        _validator.TestValidate(new CreatePostRequest { Content = content }).ShouldNotHaveAnyValidationErrors();
    }

    [Test]
    public void Validate_With513Characters_ReturnsTooLong()
    {
        var result = _validator.TestValidate(new CreatePostRequest { Content = new string('a', 513) });

        result.ShouldHaveValidationErrorFor(r => r.Content).WithErrorMessage(TooLong);
    }
}
