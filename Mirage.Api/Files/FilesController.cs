using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.RateLimiting;
using Mirage.Api.Http;
using Mirage.Api.OpenApi;
using Mirage.Api.Security;
using Mirage.Domain.Files;

namespace Mirage.Api.Files;

[ApiController]
[Tags(ApiTags.Files)]
public sealed class FilesController(FileService files, FileSettings settings) : ControllerBase
{
    /// <summary>
    /// Shares a file in a room: <c>multipart/form-data</c> with <c>room_id</c> and <c>file</c>. The room is checked
    /// before the file is stored; <c>room_id</c> may also be sent in the query, to have it checked before the
    /// file's bytes are even read when the form sends the file first.
    /// Rate limited per uploader, together with messages: an upload posts a room message.
    /// </summary>
    [Authorize]
    [FileUpload]
    [NoFormBinding]
    [EnableRateLimiting(RateLimits.SendMessage)]
    [HttpPost("api/upload_file")]
    [ProducesResponseType<FileUploadedResponse>(StatusCodes.Status200OK)]
    [ProducesError(typeof(FileErrors), nameof(FileErrors.NoRoomId))]
    [ProducesError(typeof(FileErrors), nameof(FileErrors.NoFile))]
    [ProducesError(typeof(FileErrors), nameof(FileErrors.NoFileName))]
    [ProducesError(typeof(FileErrors), nameof(FileErrors.Malformed))]
    [ProducesError(typeof(FileErrors), nameof(FileErrors.NotMember))]
    [ProducesError(typeof(FileErrors), nameof(FileErrors.RoomNotFound))]
    public async Task<IActionResult> Upload(CancellationToken cancellationToken) =>
        this.ToActionResult(
            await files.UploadAsync(MultipartUploadForm.Open(HttpContext, settings.MaxBytes), cancellationToken),
            url => Ok(new FileUploadedResponse(FileUploadedResponse.Uploaded, url)));

    /// <summary>A shared file, to anyone with its link, until its room message expires.</summary>
    [HttpGet("uploads/{id}")]
    [HttpHead("uploads/{id}")]
    [ServesSharedFile]
    [ProducesResponseType(StatusCodes.Status200OK)]
    [ProducesResponseType(StatusCodes.Status206PartialContent)]
    [ProducesError(typeof(FileErrors), nameof(FileErrors.NotFound))]
    public async Task<IActionResult> Download(string id, CancellationToken cancellationToken) =>
        this.ToActionResult(await files.OpenAsync(id, cancellationToken), file => new SharedFileResult(file));
}
