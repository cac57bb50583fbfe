using FluentValidation;
using Mirage.Api.Passwords;
using Mirage.Api.Profiles;
using Mirage.Domain.Users;

namespace Mirage.Api.Accounts;

/// <summary>The rules of registration and <c>PATCH /api/me</c>, for the fields that will apply (see <see cref="UserSettingsRequest"/>).</summary>
public sealed class UserSettingsRequestValidator : AbstractValidator<UserSettingsRequest>
{
    public UserSettingsRequestValidator()
    {
        RuleFor(r => r.Email)
            .Must(email => string.IsNullOrWhiteSpace(email) || AccountRules.IsEmailAddress(email.Trim()))
            .WithMessage(AccountMessages.InvalidEmail);
        When(r => !string.IsNullOrEmpty(r.Password), () => RuleFor(r => r.Password).Cascade(CascadeMode.Stop)
            .MinimumLength(User.PasswordMinLength).WithMessage(PasswordMessages.TooShort)
            .MaximumLength(User.PasswordMaxLength).WithMessage(PasswordMessages.TooLong));
        RuleFor(r => r.AvatarUrl).ValidImageUrl("avatar_url").When(r => !string.IsNullOrEmpty(r.AvatarUrl));
        RuleFor(r => r.BackgroundImage).ValidImageUrl("background_image").When(r => !string.IsNullOrEmpty(r.BackgroundImage));
        RuleFor(r => r.Description).ValidDescription();
        RuleFor(r => r.CustomCss).ValidCustomCss();
    }
}
