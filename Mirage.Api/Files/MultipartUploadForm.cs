using Microsoft.AspNetCore.WebUtilities;
using Microsoft.Net.Http.Headers;
using Mirage.Domain.Files;

namespace Mirage.Api.Files;

/// <summary>
/// Reads an upload's <c>multipart/form-data</c> body part by part, never buffering the form. <c>room_id</c> is
/// taken from the query when sent there (checked before any of the body is read); otherwise from the form.
/// When the file part comes before <c>room_id</c> (the first web client's order), the file is held in a
/// temporary file, at most one byte over the limit, until the room is checked; only then can it reach a store.
/// </summary>
public sealed class MultipartUploadForm(HttpRequest request, long maxBytes) : IUploadForm, IAsyncDisposable
{
    public const string RoomIdField = "room_id";
    public const string FileField = "file";

    // Longer than any number: what is cut off could only make the id more wrong.
    private const int RoomIdMaxLength = 64;

    private MultipartReader? _reader;
    private UploadPart? _held;
    private FileStream? _spool;

    /// <summary>A form over the request, disposed (its temporary file deleted) with the response.</summary>
    public static MultipartUploadForm Open(HttpContext context, long maxBytes)
    {
        var form = new MultipartUploadForm(context.Request, maxBytes);
        context.Response.RegisterForDisposeAsync(form);
        return form;
    }

    public async Task<string?> ReadRoomIdAsync(CancellationToken cancellationToken)
    {
        if (request.Query.TryGetValue(RoomIdField, out var inQuery))
        {
            return inQuery.ToString();
        }

        while (await NextPartAsync(cancellationToken) is { } part)
        {
            if (part.IsFile && part.Name == FileField && _held is null)
            {
                _held = new UploadPart(part.FileName, await HoldAsync(part.Section, cancellationToken));
            }
            else if (!part.IsFile && part.Name == RoomIdField)
            {
                return await FormParts.ReadTextAsync(part.Section, RoomIdMaxLength, cancellationToken);
            }
        }

        return null;
    }

    public async Task<UploadPart?> ReadFileAsync(CancellationToken cancellationToken)
    {
        if (_held is not null)
        {
            return _held;
        }

        while (await NextPartAsync(cancellationToken) is { } part)
        {
            if (part.IsFile && part.Name == FileField)
            {
                return new UploadPart(part.FileName, new FormPartStream(part.Section.Body));
            }
        }

        return null;
    }

    public async ValueTask DisposeAsync()
    {
        if (_spool is not null)
        {
            await _spool.DisposeAsync();
        }
    }

    private async Task<FormPart?> NextPartAsync(CancellationToken cancellationToken)
    {
        // The reader skips what is left of the previous part (a held file past the limit) to reach the next.
        _reader ??= new MultipartReader(Boundary(), request.Body);
        var section = await FormParts.Guard(() => _reader.ReadNextSectionAsync(cancellationToken));
        return section is null ? null : FormPart.Of(section);
    }

    private async Task<Stream> HoldAsync(MultipartSection section, CancellationToken cancellationToken)
    {
        _spool = new FileStream(
            Path.Combine(Path.GetTempPath(), Path.GetRandomFileName()), FileMode.CreateNew, FileAccess.ReadWrite, FileShare.None, 81_920,
            FileOptions.Asynchronous | FileOptions.DeleteOnClose);
        await FormParts.CopyAtMostAsync(section.Body, _spool, maxBytes + 1, cancellationToken);
        _spool.Position = 0;
        return _spool;
    }

    private string Boundary() =>
        MediaTypeHeaderValue.TryParse(request.ContentType, out var type)
        && type.MediaType.Equals("multipart/form-data", StringComparison.OrdinalIgnoreCase)
        && HeaderUtilities.RemoveQuotes(type.Boundary) is { Length: > 0 } boundary
            ? boundary.ToString()
            : throw new MalformedUploadException("The body is not multipart/form-data with a boundary.");
}
