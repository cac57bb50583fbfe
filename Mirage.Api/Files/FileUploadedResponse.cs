namespace Mirage.Api.Files;

/// <param name="Message">Always <see cref="Uploaded"/>; the first web client reads it as success.</param>
/// <param name="FileUrl">Absolute; the same link is posted into the room.</param>
public sealed record FileUploadedResponse(string Message, string FileUrl)
{
    public const string Uploaded = "File uploaded successfully";
}
