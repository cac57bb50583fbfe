using FluentValidation;
using Mirage.Domain.Common;
using Mirage.Domain.Posts;

namespace Mirage.Api.Posts;

/// <summary>Post and reply texts: 1 to 512 characters as a person sees them (text elements), after trimming.</summary>
public static class ContentRules
{
    public static IRuleBuilderOptions<T, string?> ValidContent<T>(this IRuleBuilderInitial<T, string?> rule, string empty, string tooLong) =>
        rule.Cascade(CascadeMode.Stop)
            .NotEmpty().WithMessage(empty)
            .Must(content => TextLength.IsWithin(content!.Trim(), Post.ContentMaxLength))
            .WithMessage(tooLong);
}
