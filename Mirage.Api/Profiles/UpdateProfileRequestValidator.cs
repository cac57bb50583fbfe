using FluentValidation;

namespace Mirage.Api.Profiles;

public sealed class UpdateProfileRequestValidator : AbstractValidator<UpdateProfileRequest>
{
    public UpdateProfileRequestValidator()
    {
        RuleFor(r => r.AvatarUrl).ValidImageUrl("avatar_url");
        RuleFor(r => r.BackgroundImage).ValidImageUrl("background_image");
        RuleFor(r => r.Description).ValidDescription();
        RuleFor(r => r.CustomCss).ValidCustomCss();
    }
}
