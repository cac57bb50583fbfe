using System.Text.RegularExpressions;

namespace Mirage.Domain.Posts;

/// <summary>Hashtags are <c>#</c> followed by letters, digits or <c>_</c>, compared ignoring case.</summary>
public static partial class Hashtags
{
    [GeneratedRegex(@"#([\p{L}\p{Nd}_]+)", RegexOptions.CultureInvariant)]
    private static partial Regex Pattern { get; }

    /// <returns>The distinct tags of the text, lower-cased, without the <c>#</c>.</returns>
    public static IReadOnlyList<string> In(string text) =>
        Pattern.Matches(text)
            .Select(m => m.Groups[1].Value.ToLowerInvariant())
            .Where(tag => tag.Length <= PostHashtag.TagMaxLength)
            .Distinct(StringComparer.Ordinal)
            .ToList();
}
