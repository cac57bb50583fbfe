using System.Text;
using Microsoft.AspNetCore.WebUtilities;
using Mirage.Domain.Files;

namespace Mirage.Api.Files;

/// <summary>Reading form parts, with a broken body (truncated, bad headers) reported as <see cref="MalformedUploadException"/>.</summary>
public static class FormParts
{
    /// <summary>
    /// A body that cannot be parsed; not the server's own refusals (<see cref="BadHttpRequestException"/>, such as a
    /// body over its cap), which keep their status, nor the upload limit.
    /// </summary>
    public static bool IsMalformed(Exception exception) =>
        exception is InvalidDataException
        || (exception is IOException && exception is not BadHttpRequestException && exception is not FileTooLargeException);

    public static async Task<T> Guard<T>(Func<Task<T>> read)
    {
        try
        {
            return await read();
        }
        catch (Exception exception) when (IsMalformed(exception))
        {
            throw new MalformedUploadException("The form could not be read.", exception);
        }
    }

    /// <returns>The part's text, at most <paramref name="maxLength"/> characters of it.</returns>
    public static Task<string> ReadTextAsync(MultipartSection section, int maxLength, CancellationToken cancellationToken) =>
        Guard(async () =>
        {
            using var reader = new StreamReader(section.Body, Encoding.UTF8, detectEncodingFromByteOrderMarks: false, leaveOpen: true);
            var buffer = new char[maxLength];
            var length = await reader.ReadBlockAsync(buffer, cancellationToken);
            return new string(buffer, 0, length);
        });

    /// <summary>Copies up to <paramref name="maxBytes"/> bytes; what follows is left unread.</summary>
    public static Task<long> CopyAtMostAsync(Stream source, Stream target, long maxBytes, CancellationToken cancellationToken) =>
        Guard(async () =>
        {
            var buffer = new byte[81_920];
            long copied = 0;
            int read;
            while (copied < maxBytes
                   && (read = await source.ReadAsync(buffer.AsMemory(0, (int)Math.Min(buffer.Length, maxBytes - copied)), cancellationToken)) > 0)
            {
                await target.WriteAsync(buffer.AsMemory(0, read), cancellationToken);
                copied += read;
            }

            return copied;
        });
}
