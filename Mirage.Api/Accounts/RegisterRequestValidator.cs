using FluentValidation;
using Mirage.Api.Http;
using Mirage.Api.Passwords;
using Mirage.Api.Profiles;

namespace Mirage.Api.Accounts;

public sealed class RegisterRequestValidator : AbstractValidator<RegisterRequest>
{
    public RegisterRequestValidator()
    {
        RuleFor(r => r.Username).Cascade(CascadeMode.Stop)
            .NotEmpty().WithMessage(RequestMessages.MissingFields)
            .Must(AccountRules.IsUsername).WithMessage(AccountMessages.InvalidUsername);
        RuleFor(r => r.Email).Cascade(CascadeMode.Stop)
            .NotEmpty().WithMessage(RequestMessages.MissingFields)
            .Must(AccountRules.IsEmailAddress).WithMessage(AccountMessages.InvalidEmail);
        RuleFor(r => r.Password).NewPassword();
        RuleFor(r => r.AvatarUrl).ValidImageUrl("avatar_url");
        RuleFor(r => r.Description).ValidDescription();
    }
}
