using FluentValidation;
using Mirage.Api.Passwords;

namespace Mirage.Api.Accounts;

public sealed class ChangePasswordRequestValidator : AbstractValidator<ChangePasswordRequest>
{
    public ChangePasswordRequestValidator()
    {
        RuleFor(r => r.CurrentPassword).PasswordToCheck();
        RuleFor(r => r.NewPassword).NewPassword();
    }
}
