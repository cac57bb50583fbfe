using FluentValidation;
using Mirage.Api.Auth;
using Mirage.Domain.Users;

namespace Mirage.Api.Accounts;

public sealed class ChangePasswordRequestValidator : AbstractValidator<ChangePasswordRequest>
{
    public ChangePasswordRequestValidator()
    {
        RuleFor(r => r.CurrentPassword).Cascade(CascadeMode.Stop)
            .NotEmpty().WithMessage(AuthMessages.MissingFields)
            .MaximumLength(User.PasswordMaxLength).WithMessage(AuthMessages.PasswordTooLong);
        RuleFor(r => r.NewPassword).NewPassword();
    }
}
