using FluentValidation;
using Mirage.Api.Auth;

namespace Mirage.Api.Accounts;

public sealed class ChangePasswordRequestValidator : AbstractValidator<ChangePasswordRequest>
{
    public ChangePasswordRequestValidator()
    {
        RuleFor(r => r.CurrentPassword).PasswordToCheck();
        RuleFor(r => r.NewPassword).NewPassword();
    }
}
