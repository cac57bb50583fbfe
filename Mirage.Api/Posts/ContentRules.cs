using System.Globalization;
using FluentValidation;
using Mirage.Domain.Posts;

namespace Mirage.Api.Posts;

/// <summary>Post and reply texts: 1 to 512 characters as a person sees them (text elements), after trimming.</summary>
public static class ContentRules
{
    public static IRuleBuilderOptions<T, string?> ValidContent<T>(this IRuleBuilderInitial<T, string?> rule, string empty, string tooLong) =>
        rule.Cascade(CascadeMode.Stop)
            .NotEmpty().WithMessage(empty)
            .Must(content => content!.Trim() is var trimmed
                && trimmed.Length <= Post.ContentStoredMaxLength
                && new StringInfo(trimmed).LengthInTextElements <= Post.ContentMaxLength)
            .WithMessage(tooLong);
}
