using System.Globalization;
using Mirage.Domain.Common;

namespace Mirage.Domain.Files;

public static class FileErrors
{
    public static readonly Error NoRoomId = new(ErrorKind.Invalid, "No room ID provided");
    public static readonly Error RoomNotFound = new(ErrorKind.NotFound, "room not found");
    public static readonly Error NotMember = new(ErrorKind.Forbidden, "You are not a member of this room");
    public static readonly Error NoFile = new(ErrorKind.Invalid, "No file provided");
    public static readonly Error NoFileName = new(ErrorKind.Invalid, "No file name provided");
    public static readonly Error Malformed = new(ErrorKind.Invalid, "the upload is not a readable multipart/form-data body");
    public static readonly Error NotFound = new(ErrorKind.NotFound, "file not found");

    /// <summary>Names the configured limit as the first backend did ("the 10MB limit"), in the largest whole unit.</summary>
    public static Error TooLarge(long maxBytes) => new(ErrorKind.TooLarge, $"File size exceeds the {SizeText(maxBytes)} limit");

    private static string SizeText(long bytes) =>
        bytes % (1024 * 1024) == 0 ? string.Create(CultureInfo.InvariantCulture, $"{bytes / (1024 * 1024)}MB")
        : bytes % 1024 == 0 ? string.Create(CultureInfo.InvariantCulture, $"{bytes / 1024}KB")
        : string.Create(CultureInfo.InvariantCulture, $"{bytes} bytes");
}
