using Mirage.Domain.Users;

namespace Mirage.Api.Auth;

/// <summary>The validation messages of sign-up and sign-in; the first is the contract's, verbatim.</summary>
public static class AuthMessages
{
    public const string MissingFields = "I can't see a single field you filled";
    public static readonly string InvalidUsername =
        $"username must be {User.UsernameMinLength} to {User.UsernameMaxLength} characters: ASCII letters, digits, '_', '.' or '-'";
    public const string InvalidEmail = "email is not a valid address";
    public static readonly string PasswordTooShort = $"password must be at least {User.PasswordMinLength} characters";
    public static readonly string PasswordTooLong = $"password must be at most {User.PasswordMaxLength} characters";
}
