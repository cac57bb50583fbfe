using System.Text.Json.Nodes;

namespace Mirage.Tests.Api.OpenApi;

/// <summary>
/// Holds an answer up against the document: its operation must exist, list the status, list the body's
/// media type, and describe the body (see <see cref="SchemaCheck"/>).
/// </summary>
public sealed class OpenApiContract(JsonObject document)
{
    /// <returns>The answered operation's id and what in the answer the document does not say, if anything.</returns>
    public (string? OperationId, List<string> Problems) Check(string method, string path, int status, string? mediaType, string body)
    {
        var operation = FindOperation(method, path);
        if (operation is null)
        {
            return (null, [$"{method} {path}: no such operation in the document"]);
        }

        var id = operation["operationId"]?.GetValue<string>();
        var response = operation["responses"]?[status.ToString(System.Globalization.CultureInfo.InvariantCulture)];
        if (response is null)
        {
            return (id, [$"{id}: answered {status}, which the document does not list"]);
        }

        if (body.Length == 0)
        {
            return (id, []);
        }

        var content = response["content"];
        var media = mediaType is null ? null : content?[mediaType] ?? content?[mediaType.Split('/')[0] + "/*"] ?? content?["*/*"];
        if (media is null)
        {
            return (id, [$"{id} {status}: answered a {mediaType} body; the document lists {content?.ToJsonString() ?? "none"}"]);
        }

        var check = new SchemaCheck(document);
        if (mediaType!.EndsWith("json", StringComparison.Ordinal))
        {
            check.Check(media["schema"], JsonNode.Parse(body), $"{id} {status} $");
        }

        return (id, check.Problems);
    }

    // The template with the most literal segments wins, as in routing: /api/user/settings before /api/user/{username}.
    private JsonNode? FindOperation(string method, string path)
    {
        var segments = path.Split('/', StringSplitOptions.RemoveEmptyEntries);
        var template = document["paths"]!.AsObject()
            .Select(p => (Item: p.Value, Parts: p.Key.Split('/', StringSplitOptions.RemoveEmptyEntries)))
            .Where(p => p.Parts.Length == segments.Length
                && p.Parts.Zip(segments).All(s => s.First.StartsWith('{') || s.First.Equals(s.Second, StringComparison.Ordinal)))
            .OrderByDescending(p => p.Parts.Count(s => !s.StartsWith('{')))
            .Select(p => p.Item)
            .FirstOrDefault(item => item?[method.ToLowerInvariant()] is not null);
        return template?[method.ToLowerInvariant()];
    }
}
