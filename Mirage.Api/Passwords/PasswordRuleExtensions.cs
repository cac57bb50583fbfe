using FluentValidation;
using Mirage.Api.Http;
using Mirage.Domain.Users;

namespace Mirage.Api.Passwords;

public static class PasswordRuleExtensions
{
    /// <summary>The shape of a new password: present, 8 to 128 characters. Commonness and the username are the domain's checks.</summary>
    public static IRuleBuilderOptions<T, string?> NewPassword<T>(this IRuleBuilderInitial<T, string?> rule) =>
        rule.Cascade(CascadeMode.Stop)
            .NotEmpty().WithMessage(RequestMessages.MissingFields)
            .MinimumLength(User.PasswordMinLength).WithMessage(PasswordMessages.TooShort)
            .MaximumLength(User.PasswordMaxLength).WithMessage(PasswordMessages.TooLong);

    /// <summary>
    /// A password to check against a stored hash: present, and no longer than any account's can be,
    /// so an oversized one is refused before the slow hasher sees it.
    /// </summary>
    public static IRuleBuilderOptions<T, string?> PasswordToCheck<T>(this IRuleBuilderInitial<T, string?> rule) =>
        rule.Cascade(CascadeMode.Stop)
            .NotEmpty().WithMessage(RequestMessages.MissingFields)
            .MaximumLength(User.PasswordMaxLength).WithMessage(PasswordMessages.TooLong);
}
