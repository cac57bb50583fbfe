using FluentValidation;
using Mirage.Api.Http;
using Mirage.Api.Passwords;

namespace Mirage.Api.Accounts;

public sealed class LoginRequestValidator : AbstractValidator<LoginRequest>
{
    public LoginRequestValidator()
    {
        RuleFor(r => r.Username).NotEmpty().WithMessage(RequestMessages.MissingFields);
        RuleFor(r => r.Password).PasswordToCheck();
    }
}
