using FluentValidation.TestHelper;
using Mirage.Api.Votes;

namespace Mirage.Tests.Api.Votes;

public sealed class VoteRequestValidatorTests
{
    private readonly VoteRequestValidator _validator = new();

    [TestCase("up")]
    [TestCase("down")]
    public void Validate_WithPostIdAndDirection_HasNoErrors(string voteType)
    {
        _validator.TestValidate(new VoteRequest { PostId = 5, VoteType = voteType }).ShouldNotHaveAnyValidationErrors();
    }

    [TestCase("UP")]
    [TestCase("sideways")]
    [TestCase("")]
    [TestCase(null)]
    public void Validate_WithAnyOtherVoteType_ReturnsYouCanOnlyUpvoteOrDownvote(string? voteType)
    {
        var result = _validator.TestValidate(new VoteRequest { PostId = 5, VoteType = voteType });

        result.ShouldHaveValidationErrorFor(r => r.VoteType).WithErrorMessage("you can only upvote or downvote").Only();
    }

    [Test]
    public void Validate_WithoutPostId_ReturnsMissingFields()
    {
        var result = _validator.TestValidate(new VoteRequest { VoteType = "up" });

        result.ShouldHaveValidationErrorFor(r => r.PostId).WithErrorMessage("I can't see a single field you filled").Only();
    }
}
