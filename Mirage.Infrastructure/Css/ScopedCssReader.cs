namespace Mirage.Infrastructure.Css;

/// <summary>
/// Reads back custom CSS that Mirage stored in its scoped form only (before both forms were kept), to the
/// selectors the person had written: <c>.mirage-profile h1</c> is <c>h1</c>, a bare <c>.mirage-profile</c> was
/// <c>body</c> (or <c>html</c>, <c>:root</c>, which style the same page). The text is Mirage's own output, one rule
/// per line (<c>selectors { declarations }</c>, <c>@media ... {</c>, <c>}</c>), and is sanitised again afterwards.
/// </summary>
public static class ScopedCssReader
{
    private const string ScopePrefix = CssPolicy.Scope + " ";

    public static string Unscope(string storedCss) =>
        string.Join('\n', storedCss.Split('\n').Select(UnscopeLine));

    private static string UnscopeLine(string line)
    {
        var content = line.TrimStart();
        var body = content.IndexOf(" {", StringComparison.Ordinal);
        if (content.StartsWith('@') || body < 0)
        {
            return line;
        }

        var indent = line[..(line.Length - content.Length)];
        var selectors = content[..body].Split(", ").Select(UnscopeSelector);
        return indent + string.Join(", ", selectors) + content[body..];
    }

    private static string UnscopeSelector(string selector) =>
        selector == CssPolicy.Scope ? "body"
        : selector.StartsWith(ScopePrefix, StringComparison.Ordinal) ? selector[ScopePrefix.Length..]
        : selector;
}
