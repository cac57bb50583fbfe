using System.Globalization;

namespace Mirage.Domain.Common;

/// <summary>
/// How long a text is as a person counts it: text elements, so an emoji with a skin tone is one character.
/// Posts, replies, direct and room messages all count this way.
/// </summary>
public static class TextLength
{
    /// <summary>
    /// Each text element may take up to this many UTF-16 units; a column sized this many times the limit holds any text
    /// within it. Beyond that, the text is refused before it is measured (measuring walks the whole text).
    /// </summary>
    public const int MaxUnitsPerCharacter = 16;

    public static bool IsWithin(string text, int maxCharacters) =>
        text.Length <= maxCharacters * MaxUnitsPerCharacter && new StringInfo(text).LengthInTextElements <= maxCharacters;
}
