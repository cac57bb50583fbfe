using Mirage.Domain.Users;

namespace Mirage.Api.Passwords;

/// <summary>The shape messages of a password; what makes one too weak is the domain's (<c>PasswordRules</c>).</summary>
public static class PasswordMessages
{
    public static readonly string TooShort = $"password must be at least {User.PasswordMinLength} characters";
    public static readonly string TooLong = $"password must be at most {User.PasswordMaxLength} characters";
}
