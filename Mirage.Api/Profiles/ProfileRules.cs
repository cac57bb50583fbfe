using System.Text;
using FluentValidation;
using Mirage.Domain.Profiles;
using Mirage.Domain.Users;

namespace Mirage.Api.Profiles;

/// <summary>Rules for profile fields, shared by registration and profile editing.</summary>
public static class ProfileRules
{
    // Characters that could end a CSS url() or an HTML attribute if a client puts the URL in one.
    private const string UnsafeUrlCharacters = " \t\"'()\\<>`";

    public const string TooManyWords = "You are talking too much in the description";
    public static readonly string CssTooLarge = $"custom_css cannot exceed {User.CustomCssMaxBytes / 1024} KB";
    public static readonly string DescriptionTooLong = $"description cannot exceed {User.DescriptionMaxLength} characters";

    public static string InvalidUrl(string field) =>
        $"{field} must be an absolute http or https URL of at most {User.UrlMaxLength} characters";

    public static IRuleBuilderOptions<T, string?> ValidImageUrl<T>(this IRuleBuilder<T, string?> rule, string field) =>
        rule.Must(IsHttpUrl).WithMessage(InvalidUrl(field));

    public static IRuleBuilderOptions<T, string?> ValidDescription<T>(this IRuleBuilderInitial<T, string?> rule) =>
        // Words first: the contract's message for a long description is about words, even when it is also over the character cap.
        rule.Cascade(CascadeMode.Stop)
            .Must(d => d is null || Words.Count(d) <= User.DescriptionMaxWords).WithMessage(TooManyWords)
            .MaximumLength(User.DescriptionMaxLength).WithMessage(DescriptionTooLong);

    public static IRuleBuilderOptions<T, string?> ValidCustomCss<T>(this IRuleBuilderInitial<T, string?> rule) =>
        rule.Must(css => css is null || css.Length <= User.CustomCssMaxBytes && Encoding.UTF8.GetByteCount(css) <= User.CustomCssMaxBytes)
            .WithMessage(CssTooLarge);

    /// <summary>
    /// Absent is fine; present must be an absolute http(s) URL (never javascript: or data:), exactly
    /// as stored and shown: <see cref="Uri"/> would forgive surrounding spaces that we would then keep.
    /// </summary>
    public static bool IsHttpUrl(string? url) =>
        url is null
        || url.Length <= User.UrlMaxLength
        && url.AsSpan().IndexOfAny(UnsafeUrlCharacters) < 0
        && !url.Any(char.IsControl)
        && Uri.TryCreate(url, UriKind.Absolute, out var uri)
        && (uri.Scheme == Uri.UriSchemeHttp || uri.Scheme == Uri.UriSchemeHttps)
        && !string.IsNullOrEmpty(uri.Host);
}
