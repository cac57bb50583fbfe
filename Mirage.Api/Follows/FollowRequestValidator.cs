using FluentValidation;
using Mirage.Api.Http;

namespace Mirage.Api.Follows;

public sealed class FollowRequestValidator : AbstractValidator<FollowRequest>
{
    public FollowRequestValidator() => RuleFor(r => r.Username).NotEmpty().WithMessage(RequestMessages.MissingFields);
}
