using System.Text;

namespace Mirage.Infrastructure.Css;

/// <summary>Checks a selector list and confines a copy of it to the profile box, or refuses it.</summary>
internal static class CssSelectorScoper
{
    // Attribute selectors ([href^="https://bank"]) and :has() let CSS read the page and leak it
    // through a background image, so neither is allowed; the character allow-list excludes "[",
    // quotes, "<", "\" and "&" outright.
    private const string AllowedPunctuation = "-_.#:*>+~,() ";

    private static readonly string[] ForbiddenText = [":has(", "url("];

    private static readonly string[] PageRoots = ["html", "body", ":root"];

    /// <summary>
    /// Returns the selector list as written (<c>h1, p</c>) and scoped (<c>.mirage-profile h1, .mirage-profile p</c>),
    /// or null if refused. Both forms pass the same checks: the first web client applies the written form to its
    /// whole profile page, a client that embeds profiles the scoped one.
    /// </summary>
    public static CssSelectors? Check(string selectorText)
    {
        var text = selectorText.Trim();
        if (text.Length == 0
            || !text.All(c => char.IsAsciiLetterOrDigit(c) || AllowedPunctuation.Contains(c) || (c > 127 && char.IsLetterOrDigit(c)))
            || ForbiddenText.Any(forbidden => text.Contains(forbidden, StringComparison.OrdinalIgnoreCase)))
        {
            return null;
        }

        var selectors = SplitTopLevel(text);
        var scoped = selectors.Select(ScopeOne).ToList();
        return scoped.Any(s => s is null) ? null : new CssSelectors(string.Join(", ", selectors), string.Join(", ", scoped));
    }

    private static string? ScopeOne(string selector)
    {
        // html, body and :root are outside the profile box; they stand for the box itself.
        foreach (var root in PageRoots)
        {
            if (selector.Equals(root, StringComparison.OrdinalIgnoreCase))
            {
                return CssPolicy.Scope;
            }

            if (selector.StartsWith(root, StringComparison.OrdinalIgnoreCase)
                && selector.Length > root.Length
                && selector[root.Length] is ' ' or '>')
            {
                return ScopeOne(selector[root.Length..].TrimStart());
            }
        }

        // A sibling combinator first ("~ p") would reach past the box, to the page around it.
        return selector.Length == 0 || selector[0] is '+' or '~' or ','
            ? null
            : $"{CssPolicy.Scope} {selector}";
    }

    /// <summary>Splits at commas that are not inside parentheses, as in <c>:is(a, b) c, d</c>.</summary>
    private static List<string> SplitTopLevel(string text)
    {
        var parts = new List<string>();
        var current = new StringBuilder();
        var depth = 0;
        foreach (var c in text)
        {
            depth += c switch { '(' => 1, ')' => -1, _ => 0 };
            if (c == ',' && depth == 0)
            {
                parts.Add(current.ToString().Trim());
                current.Clear();
            }
            else
            {
                current.Append(c);
            }
        }

        parts.Add(current.ToString().Trim());
        return parts;
    }
}
