using System.Text.Encodings.Web;
using System.Text.Json;
using Mirage.Domain.Import;

namespace Mirage.Api.Import;

/// <summary>The report as JSON (snake_case, like the API), for keeping beside the migrated database.</summary>
public static class ReportJson
{
    private static readonly JsonSerializerOptions Options = new()
    {
        PropertyNamingPolicy = JsonNamingPolicy.SnakeCaseLower,
        WriteIndented = true,

        // A file for people to read, never embedded in HTML: names such as zoë stay readable.
        Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping,
    };

    public static async Task WriteAsync(ImportReport report, string path, CancellationToken cancellationToken)
    {
        await using var file = File.Create(path);
        await JsonSerializer.SerializeAsync(file, report, Options, cancellationToken);
    }
}
