using System.Buffers.Text;
using System.Security.Cryptography;

namespace Mirage.Domain.Files;

/// <summary>Shared-file ids: 128 random bits, base64url, so they are unguessable and safe in a URL and as a file name.</summary>
public static class FileId
{
    public const int Length = 22;
    private const int RandomBytes = 16;

    public static string New() => Base64Url.EncodeToString(RandomNumberGenerator.GetBytes(RandomBytes));

    /// <summary>Whether <paramref name="id"/> could be one of ours: anything else (dots, slashes) never reaches a store.</summary>
    public static bool IsValid(string? id) =>
        id is { Length: Length } && id.All(c => char.IsAsciiLetterOrDigit(c) || c is '-' or '_');
}
