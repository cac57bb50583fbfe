using System.Globalization;
using System.Text;

namespace Mirage.Domain.Files;

/// <summary>
/// The name an uploader gave, made fit to show and to offer as a download name: control characters (NUL, line
/// breaks that could split a header) dropped, cut to <see cref="SharedFile.FileNameMaxLength"/> without splitting
/// a character. Slashes and dots stay: the name is never a path.
/// </summary>
public static class FileNames
{
    public static string Clean(string name)
    {
        var kept = new StringBuilder(Math.Min(name.Length, SharedFile.FileNameMaxLength));
        var elements = StringInfo.GetTextElementEnumerator(name.Trim());
        while (elements.MoveNext())
        {
            var element = (string)elements.Current;
            if (element.Any(char.IsControl))
            {
                continue;
            }

            if (kept.Length + element.Length > SharedFile.FileNameMaxLength)
            {
                break;
            }

            kept.Append(element);
        }

        return kept.ToString().Trim();
    }
}
