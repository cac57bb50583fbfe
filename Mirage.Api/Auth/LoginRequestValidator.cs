using FluentValidation;
using Mirage.Domain.Users;

namespace Mirage.Api.Auth;

public sealed class LoginRequestValidator : AbstractValidator<LoginRequest>
{
    public LoginRequestValidator()
    {
        RuleFor(r => r.Username).NotEmpty().WithMessage(AuthMessages.MissingFields);

        // No account can have a longer password, so an oversized one is refused before any hashing.
        RuleFor(r => r.Password).Cascade(CascadeMode.Stop)
            .NotEmpty().WithMessage(AuthMessages.MissingFields)
            .MaximumLength(User.PasswordMaxLength).WithMessage(AuthMessages.PasswordTooLong);
    }
}
