using System.Text;
using System.Text.RegularExpressions;

namespace Mirage.Domain.Posts;

/// <summary>
/// Hashtags are <c>#</c> followed by letters (with their accents), digits or <c>_</c>, compared
/// ignoring case and in NFC, so "café" typed with a built-in or a separate accent is one tag.
/// </summary>
public static partial class Hashtags
{
    [GeneratedRegex(@"#([\p{L}\p{M}\p{Nd}_]+)", RegexOptions.CultureInvariant)]
    private static partial Regex Pattern { get; }

    /// <returns>The distinct tags of the text, lower-cased, without the <c>#</c>.</returns>
    public static IReadOnlyList<string> In(string text) =>
        Pattern.Matches(text.Normalize(NormalizationForm.FormC))
            .Select(m => m.Groups[1].Value.ToLowerInvariant())
            .Where(tag => tag.Length <= PostHashtag.TagMaxLength)
            .Distinct(StringComparer.Ordinal)
            .ToList();
}
