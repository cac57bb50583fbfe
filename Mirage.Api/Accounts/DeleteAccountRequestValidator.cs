using FluentValidation;
using Mirage.Api.Passwords;

namespace Mirage.Api.Accounts;

public sealed class DeleteAccountRequestValidator : AbstractValidator<DeleteAccountRequest>
{
    public DeleteAccountRequestValidator() => RuleFor(r => r.Password).PasswordToCheck();
}
