using FluentValidation;
using Mirage.Api.Profiles;

namespace Mirage.Api.Auth;

public sealed class RegisterRequestValidator : AbstractValidator<RegisterRequest>
{
    public RegisterRequestValidator()
    {
        RuleFor(r => r.Username).Cascade(CascadeMode.Stop)
            .NotEmpty().WithMessage(AuthMessages.MissingFields)
            .Must(AccountRules.IsUsername).WithMessage(AuthMessages.InvalidUsername);
        RuleFor(r => r.Email).Cascade(CascadeMode.Stop)
            .NotEmpty().WithMessage(AuthMessages.MissingFields)
            .Must(AccountRules.IsEmailAddress).WithMessage(AuthMessages.InvalidEmail);
        RuleFor(r => r.Password).NewPassword();
        RuleFor(r => r.AvatarUrl).ValidImageUrl("avatar_url");
        RuleFor(r => r.Description).ValidDescription();
    }
}
