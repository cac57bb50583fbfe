using Microsoft.AspNetCore.WebUtilities;
using Microsoft.Net.Http.Headers;

namespace Mirage.Api.Files;

/// <summary>One part of a form: its field name, and for a file part (one with a <c>filename</c>, even empty) the name given.</summary>
public sealed record FormPart(MultipartSection Section, string Name, bool IsFile, string FileName)
{
    public static FormPart Of(MultipartSection section)
    {
        if (!ContentDispositionHeaderValue.TryParse(section.ContentDisposition, out var disposition)
            || !disposition.DispositionType.Equals("form-data", StringComparison.OrdinalIgnoreCase))
        {
            return new FormPart(section, string.Empty, false, string.Empty);
        }

        var name = HeaderUtilities.RemoveQuotes(disposition.Name).ToString();
        var isFile = disposition.FileName.HasValue || disposition.FileNameStar.HasValue;
        var fileName = disposition.FileNameStar.HasValue
            ? disposition.FileNameStar.ToString()
            : HeaderUtilities.RemoveQuotes(disposition.FileName).ToString();
        return new FormPart(section, name, isFile, fileName);
    }
}
