using FluentValidation;
using Mirage.Api.Auth;

namespace Mirage.Api.Accounts;

public sealed class DeleteAccountRequestValidator : AbstractValidator<DeleteAccountRequest>
{
    public DeleteAccountRequestValidator() => RuleFor(r => r.Password).PasswordToCheck();
}
