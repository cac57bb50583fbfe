using FluentValidation;

namespace Mirage.Api.Auth;

public sealed class LoginRequestValidator : AbstractValidator<LoginRequest>
{
    public LoginRequestValidator()
    {
        RuleFor(r => r.Username).NotEmpty().WithMessage(AuthMessages.MissingFields);
        RuleFor(r => r.Password).PasswordToCheck();
    }
}
