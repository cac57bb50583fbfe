namespace Mirage.Domain.Profiles;

/// <summary>Counts words the way the first backend did: runs of non-whitespace, as in splitting on whitespace.</summary>
public static class Words
{
    public static int Count(ReadOnlySpan<char> text)
    {
        var count = 0;
        var inWord = false;
        foreach (var c in text)
        {
            var isSpace = IsSeparator(c);
            if (!isSpace && !inWord)
            {
                count++;
            }

            inWord = !isSpace;
        }

        return count;
    }

    // Python's str.split() also splits on the information separators U+001C..U+001F.
    private static bool IsSeparator(char c) => char.IsWhiteSpace(c) || c is >= '\u001C' and <= '\u001F';
}
