using FluentValidation;
using Mirage.Api.Http;

namespace Mirage.Api.Follows;

public sealed class CheckFollowQueryValidator : AbstractValidator<CheckFollowQuery>
{
    public CheckFollowQueryValidator() => RuleFor(q => q.Username).NotEmpty().WithMessage(RequestMessages.MissingFields);
}
