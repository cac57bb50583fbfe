using System.Buffers.Text;
using System.Globalization;
using System.Text;

namespace Mirage.Domain.Common;

/// <summary>
/// A keyset position in a list ordered by (<see cref="Key"/>, <see cref="Id"/>): the last item of the
/// previous page. Opaque to clients (base64url), so its form can change without breaking them.
/// </summary>
public readonly record struct Cursor(long Key, long Id)
{
    public string Encode() => Base64Url.EncodeToString(Encoding.ASCII.GetBytes($"{Key}.{Id}"));

    public static bool TryDecode(string? text, out Cursor cursor)
    {
        cursor = default;
        if (string.IsNullOrEmpty(text) || text.Length > 64)
        {
            return false;
        }

        try
        {
            var parts = Encoding.ASCII.GetString(Base64Url.DecodeFromChars(text)).Split('.');
            // Keys are ids or timestamps' ticks, never negative nor past the last representable time.
            if (parts.Length == 2
                && long.TryParse(parts[0], NumberStyles.None, CultureInfo.InvariantCulture, out var key)
                && key <= DateTime.MaxValue.Ticks
                && long.TryParse(parts[1], NumberStyles.None, CultureInfo.InvariantCulture, out var id))
            {
                cursor = new Cursor(key, id);
                return true;
            }
        }
        catch (FormatException)
        {
            // Not base64url: not one of ours.
        }

        return false;
    }
}
