using System.Text;
using Mirage.Domain.Common;

namespace Mirage.Domain.Passwords;

/// <summary>
/// What makes a new password acceptable (beyond its length, which the API checks): not one of the
/// most common passwords and not containing the username. No composition rules.
/// </summary>
public static class PasswordRules
{
    public static readonly Error TooCommon = new(ErrorKind.Invalid, "this password is too common, choose another");
    public static readonly Error ContainsUsername = new(ErrorKind.Invalid, "the password must not contain the username");

    /// <summary>Passwords are hashed and verified in NFKC, so the same characters typed on any device match.</summary>
    public static string Normalize(string password) => password.Normalize(NormalizationForm.FormKC);

    public static Error? Check(string password, string username)
    {
        var normalized = Normalize(password);
        if (CommonPasswords.Contains(normalized))
        {
            return TooCommon;
        }

        return normalized.Contains(username.Trim(), StringComparison.OrdinalIgnoreCase) ? ContainsUsername : null;
    }
}
