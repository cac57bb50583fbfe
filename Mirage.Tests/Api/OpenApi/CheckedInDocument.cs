using System.Text.Encodings.Web;
using System.Text.Json;
using System.Text.Json.Nodes;

namespace Mirage.Tests.Api.OpenApi;

/// <summary><c>docs/openapi.json</c>: where it is, how it is written, and how to bring it up to date.</summary>
public static class CheckedInDocument
{
    public const string UpdateVariable = "MIRAGE_UPDATE_OPENAPI";
    public const string RegenerateCommand = UpdateVariable + "=1 dotnet test Mirage.sln --filter FullyQualifiedName~OpenApiDocumentTests";

    private static readonly JsonSerializerOptions Written = new() { WriteIndented = true, Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping };

    public static string Path { get; } = System.IO.Path.Combine(RepositoryRoot(), "docs", "openapi.json");

    public static bool UpdateRequested => Environment.GetEnvironmentVariable(UpdateVariable) == "1";

    public static JsonObject Read() => JsonNode.Parse(File.ReadAllText(Path))!.AsObject();

    /// <summary>One spelling of a document: indented, unescaped, LF line ends and a final newline, so that diffs stay small.</summary>
    public static string Format(string document) =>
        JsonNode.Parse(document)!.ToJsonString(Written).ReplaceLineEndings("\n") + "\n";

    private static string RepositoryRoot()
    {
        for (var directory = new DirectoryInfo(AppContext.BaseDirectory); directory is not null; directory = directory.Parent)
        {
            if (File.Exists(System.IO.Path.Combine(directory.FullName, "Mirage.sln")))
            {
                return directory.FullName;
            }
        }

        throw new InvalidOperationException($"No Mirage.sln above {AppContext.BaseDirectory}.");
    }
}
