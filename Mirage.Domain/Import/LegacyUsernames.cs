using System.Globalization;
using System.Text;
using Mirage.Domain.Users;

namespace Mirage.Domain.Import;

/// <summary>
/// Which legacy usernames Mirage keeps. Mirage's registration rules are for new names; an old name is kept as long
/// as it works as one segment of a URL path (<c>/api/profile/{username}</c>): <c>zoë</c>, <c>dot.name</c> stay.
/// </summary>
public static class LegacyUsernames
{
    /// <summary>Characters that end or change a path segment, or that a server decodes before routing.</summary>
    private const string PathBreakers = "/\\?#%";

    private const string Filler = "_";

    public static (string Name, string? Reason) Clean(string username)
    {
        if (IsPathSafe(username) && username.Length <= User.UsernameMaxLength)
        {
            return (username, null);
        }

        var cleaned = new StringBuilder();
        foreach (var rune in username.EnumerateRunes())
        {
            cleaned.Append(IsPathSafe(rune) ? rune.ToString() : Filler);
        }

        var name = cleaned.ToString();
        name = name.Length > User.UsernameMaxLength ? name[..User.UsernameMaxLength] : name;
        if (name.Trim('.', '_').Length == 0)
        {
            name = "user";
        }

        return (name, username.Length > User.UsernameMaxLength && IsPathSafe(username)
            ? $"longer than {User.UsernameMaxLength} characters"
            : "cannot be used in a URL path");
    }

    private static bool IsPathSafe(string username) =>
        username.Length > 0 && username is not ("." or "..") && username.EnumerateRunes().All(IsPathSafe);

    private static bool IsPathSafe(Rune rune) =>
        !Rune.IsWhiteSpace(rune) && !Rune.IsControl(rune)
        && Rune.GetUnicodeCategory(rune) is not (UnicodeCategory.Format or UnicodeCategory.Surrogate or UnicodeCategory.OtherNotAssigned)
        && !(rune.IsAscii && PathBreakers.Contains((char)rune.Value, StringComparison.Ordinal));
}
