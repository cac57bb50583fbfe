using System.Text.RegularExpressions;

namespace Mirage.Infrastructure.Css;

/// <summary>Checks every url() in a value and writes each one back quoted and normalised.</summary>
internal static partial class CssUrls
{
    private const string Https = "https://";

    /// <summary>Returns why the value must go, or null with <paramref name="clean"/> holding the rewritten value.</summary>
    public static string? Rewrite(string property, string value, out string clean)
    {
        clean = string.Empty;
        var urls = Url().Matches(value);
        var calls = UrlCall().Count(value);
        if (urls.Count != calls)
        {
            // A url( the pattern cannot read (nested parentheses, stray quotes) is not worth guessing at.
            return $"value of '{property}': {RemovalLog.Quote(value)}";
        }

        foreach (Match url in urls)
        {
            var target = url.Groups["url"].Value;
            if (!CssPolicy.MayLoadImages(property))
            {
                return $"url '{RemovalLog.Quote(target)}' in '{property}' (url() only in background and list images)";
            }

            if (ToHttps(target) is null)
            {
                return $"url '{RemovalLog.Quote(target)}' (only absolute https URLs)";
            }
        }

        clean = Url().Replace(value, url => $"url(\"{ToHttps(url.Groups["url"].Value)}\")");
        return null;
    }

    /// <summary>The URL as an absolute https URI with every unsafe character percent-encoded, or null.</summary>
    private static string? ToHttps(string target) =>
        target.StartsWith(Https, StringComparison.OrdinalIgnoreCase)
        && Uri.TryCreate(target, UriKind.Absolute, out var uri)
        && uri.Scheme == Uri.UriSchemeHttps
        && uri.Host.Length > 0
            ? uri.AbsoluteUri
            : null;

    [GeneratedRegex("""url\(\s*(?:"(?<url>[^"]*)"|'(?<url>[^']*)'|(?<url>[^\s"'()]*))\s*\)""", RegexOptions.IgnoreCase)]
    private static partial Regex Url();

    [GeneratedRegex(@"url\(", RegexOptions.IgnoreCase)]
    private static partial Regex UrlCall();
}
