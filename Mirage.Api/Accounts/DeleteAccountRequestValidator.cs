using FluentValidation;
using Mirage.Api.Auth;
using Mirage.Domain.Users;

namespace Mirage.Api.Accounts;

public sealed class DeleteAccountRequestValidator : AbstractValidator<DeleteAccountRequest>
{
    public DeleteAccountRequestValidator() =>
        RuleFor(r => r.Password).Cascade(CascadeMode.Stop)
            .NotEmpty().WithMessage(AuthMessages.MissingFields)
            .MaximumLength(User.PasswordMaxLength).WithMessage(AuthMessages.PasswordTooLong);
}
