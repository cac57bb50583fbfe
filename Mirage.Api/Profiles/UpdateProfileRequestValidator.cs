using System.Text;
using FluentValidation;
using Mirage.Domain.Users;

namespace Mirage.Api.Profiles;

public sealed class UpdateProfileRequestValidator : AbstractValidator<UpdateProfileRequest>
{
    public static readonly string CssTooLarge = $"custom_css cannot exceed {User.CustomCssMaxBytes / 1024} KB";

    public UpdateProfileRequestValidator()
    {
        RuleFor(r => r.AvatarUrl).ValidImageUrl("avatar_url");
        RuleFor(r => r.BackgroundImage).ValidImageUrl("background_image");
        RuleFor(r => r.Description).ValidDescription();
        RuleFor(r => r.CustomCss)
            .Must(css => css is null || css.Length <= User.CustomCssMaxBytes && Encoding.UTF8.GetByteCount(css) <= User.CustomCssMaxBytes)
            .WithMessage(CssTooLarge);
    }
}
