using FluentValidation;
using Mirage.Api.Http;
using Mirage.Domain.Votes;

namespace Mirage.Api.Votes;

public sealed class VoteRequestValidator : AbstractValidator<VoteRequest>
{
    public VoteRequestValidator()
    {
        RuleFor(r => r.PostId).NotNull().WithMessage(RequestMessages.MissingFields);
        RuleFor(r => r.VoteType).Must(v => VoteTypes.TryParse(v, out _)).WithMessage(VoteErrors.InvalidDirection.Message);
    }
}
