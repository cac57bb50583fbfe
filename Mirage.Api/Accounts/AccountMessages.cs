using Mirage.Domain.Users;

namespace Mirage.Api.Accounts;

/// <summary>The shape messages of a username and an email address.</summary>
public static class AccountMessages
{
    public static readonly string InvalidUsername =
        $"username must be {User.UsernameMinLength} to {User.UsernameMaxLength} characters: ASCII letters, digits, '_', '.' or '-'";
    public const string InvalidEmail = "email is not a valid address";
}
