using FluentValidation;
using Mirage.Domain.Posts;

namespace Mirage.Api.Posts;

public sealed class CreatePostRequestValidator : AbstractValidator<CreatePostRequest>
{
    public const string NothingToPost = "nothing to post";
    public static readonly string TooLong = $"post content cannot exceed {Post.ContentMaxLength} characters";

    public CreatePostRequestValidator() => RuleFor(r => r.Content).ValidContent(NothingToPost, TooLong);
}
