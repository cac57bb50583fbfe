using System.Text.RegularExpressions;

namespace Mirage.Infrastructure.Css;

/// <summary>Decides whether one declaration's value is safe and, if it is, writes it out afresh.</summary>
internal static partial class CssValueChecker
{
    // Escapes and comments are how filters like this are usually bypassed (\65 xpression,
    // expr/**/ession); braces and semicolons could end the declaration or rule early.
    private static readonly string[] ForbiddenText = ["<", "\\", "/*", "{", "}", ";", "@"];

    private static readonly string[] ForbiddenWords = ["expression", "javascript:", "vbscript:", "behavior", "binding"];

    /// <summary>Returns why the value must go, or null with <paramref name="clean"/> set to the value to write.</summary>
    public static string? Check(string property, string value, out string clean)
    {
        clean = string.Empty;
        var normalized = Whitespace().Replace(value, " ").Trim();
        var lower = normalized.ToLowerInvariant();
        var rejected = $"value of '{property}': {RemovalLog.Quote(normalized)}";

        if (normalized.Length == 0
            || normalized.Any(char.IsControl)
            || ForbiddenText.Any(text => normalized.Contains(text, StringComparison.Ordinal))
            || ForbiddenWords.Any(word => lower.Contains(word, StringComparison.Ordinal))
            || !IsBalanced(normalized)
            || Function().Matches(lower).Any(match => !CssPolicy.IsAllowedFunction(match.Groups["name"].Value)))
        {
            return rejected;
        }

        if (property == "position" && !CssPolicy.IsAllowedPosition(lower))
        {
            return rejected;
        }

        return CssUrls.Rewrite(property, normalized, out clean);
    }

    /// <summary>Quotes must close and parentheses must pair up, so nothing can run past the value.</summary>
    private static bool IsBalanced(string value)
    {
        var depth = 0;
        var quote = '\0';
        foreach (var c in value)
        {
            if (quote != '\0')
            {
                quote = c == quote ? '\0' : quote;
            }
            else if (c is '"' or '\'')
            {
                quote = c;
            }
            else if (c == '(')
            {
                depth++;
            }
            else if (c == ')' && --depth < 0)
            {
                return false;
            }
        }

        return quote == '\0' && depth == 0;
    }

    [GeneratedRegex(@"\s+")]
    private static partial Regex Whitespace();

    // Any identifier followed by "(" is a function call; a bare "(" (inside calc) is not.
    [GeneratedRegex(@"(?<name>-?[a-z_][a-z0-9_-]*)\(")]
    private static partial Regex Function();
}
