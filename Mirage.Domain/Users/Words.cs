namespace Mirage.Domain.Users;

/// <summary>Counts words the way the first backend did: runs of non-whitespace, as in splitting on whitespace.</summary>
public static class Words
{
    public static int Count(ReadOnlySpan<char> text)
    {
        var count = 0;
        var inWord = false;
        foreach (var c in text)
        {
            var isSpace = char.IsWhiteSpace(c);
            if (!isSpace && !inWord)
            {
                count++;
            }

            inWord = !isSpace;
        }

        return count;
    }
}
