using System.Text;

namespace Mirage.Domain.Files;

/// <summary>
/// Tells a file's type from its bytes as they stream past: the images browsers show (PNG, JPEG, GIF, WebP)
/// and PDF by their magic numbers, plain text as valid UTF-8 without control characters other than tab,
/// CR and LF. Anything else is <see cref="Binary"/>, which is only ever downloaded.
/// </summary>
public sealed class ContentSniffer
{
    public const string Binary = "application/octet-stream";
    public const string PlainText = "text/plain; charset=utf-8";
    private const int HeadLength = 12;

    private readonly byte[] _head = new byte[HeadLength];
    private readonly Decoder _utf8 = new UTF8Encoding(encoderShouldEmitUTF8Identifier: false, throwOnInvalidBytes: true).GetDecoder();
    private readonly char[] _chars = new char[4096];
    private int _headLength;
    private bool _isText = true;

    public void Append(ReadOnlySpan<byte> bytes)
    {
        var fill = Math.Min(bytes.Length, HeadLength - _headLength);
        bytes[..fill].CopyTo(_head.AsSpan(_headLength));
        _headLength += fill;
        while (_isText && !bytes.IsEmpty)
        {
            var chunk = bytes[..Math.Min(bytes.Length, _chars.Length)];
            _isText = TryDecode(chunk, flush: false);
            bytes = bytes[chunk.Length..];
        }
    }

    /// <returns>The content type of everything appended.</returns>
    public string Finish()
    {
        var head = _head.AsSpan(0, _headLength);
        return MagicType(head) ?? (_isText && TryDecode([], flush: true) ? PlainText : Binary);
    }

    // Byte arrays, not u8 literals: "\x89" in a u8 literal would be the two-byte UTF-8 of U+0089.
    private static ReadOnlySpan<byte> Png => [0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A, 0x1A, 0x0A];

    private static ReadOnlySpan<byte> Jpeg => [0xFF, 0xD8, 0xFF];

    private static string? MagicType(ReadOnlySpan<byte> head) =>
        head.StartsWith(Png) ? "image/png"
        : head.StartsWith(Jpeg) ? "image/jpeg"
        : head.StartsWith("GIF87a"u8) || head.StartsWith("GIF89a"u8) ? "image/gif"
        : head.Length >= 12 && head.StartsWith("RIFF"u8) && head[8..12].SequenceEqual("WEBP"u8) ? "image/webp"
        : head.StartsWith("%PDF-"u8) ? "application/pdf"
        : null;

    private bool TryDecode(ReadOnlySpan<byte> bytes, bool flush)
    {
        try
        {
            return AllPrintable(_chars.AsSpan(0, _utf8.GetChars(bytes, _chars, flush)));
        }
        catch (DecoderFallbackException)
        {
            return false;
        }
    }

    private static bool AllPrintable(ReadOnlySpan<char> chars)
    {
        foreach (var c in chars)
        {
            if (char.IsControl(c) && c is not ('\t' or '\r' or '\n'))
            {
                return false;
            }
        }

        return true;
    }
}
