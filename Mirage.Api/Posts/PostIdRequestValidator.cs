using FluentValidation;
using Mirage.Api.Http;

namespace Mirage.Api.Posts;

public sealed class PostIdRequestValidator : AbstractValidator<PostIdRequest>
{
    public PostIdRequestValidator() => RuleFor(r => r.PostId).NotNull().WithMessage(RequestMessages.MissingFields);
}
