using System.Net.Mail;
using System.Text.RegularExpressions;
using Mirage.Domain.Users;

namespace Mirage.Api.Accounts;

/// <summary>Shape rules for usernames and email addresses.</summary>
public static partial class AccountRules
{
    // ASCII only, so no look-alike Unicode names. \z, not $: $ would accept a trailing newline.
    [GeneratedRegex(@"^[A-Za-z0-9_.\-]*\z", RegexOptions.CultureInvariant)]
    private static partial Regex UsernameCharacters { get; }

    public static bool IsUsername(string? username) =>
        username is { Length: >= User.UsernameMinLength and <= User.UsernameMaxLength }
        && UsernameCharacters.IsMatch(username);

    public static bool IsEmailAddress(string? email) =>
        email is { Length: <= User.EmailMaxLength }
        && !email.Any(char.IsControl)
        && MailAddress.TryCreate(email, out var address)
        && address.Address == email
        && address.Host.Contains('.', StringComparison.Ordinal)
        && !address.Host.StartsWith('.')
        && !address.Host.EndsWith('.');
}
