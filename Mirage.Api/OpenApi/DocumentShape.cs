using Microsoft.AspNetCore.OpenApi;
using Microsoft.OpenApi;

namespace Mirage.Api.OpenApi;

/// <summary>
/// The document as a whole: a fixed title, no server address (the document is the same wherever it is
/// served from, and checked in), the tags and paths in the product's flow, and success bodies whose
/// fields are all marked required.
/// </summary>
public sealed class DocumentShape : IOpenApiDocumentTransformer
{
    public const string Title = "Mirage API";

    public Task TransformAsync(OpenApiDocument document, OpenApiDocumentTransformerContext context, CancellationToken cancellationToken)
    {
        document.Info = new OpenApiInfo
        {
            Title = Title,
            Version = "v1",
            Description = "The backend of a small social network. JSON in and out, snake_case fields, ISO 8601 times in UTC. "
                + "Every error is `application/problem+json` with an `error` string for people to read.",
        };
        document.Servers = [];
        var order = ApiTags.InFlowOrder.Select(t => t.Key).ToList();
        document.Tags = new SortedSet<OpenApiTag>(
            ApiTags.InFlowOrder.Select(t => new OpenApiTag { Name = t.Key, Description = t.Value }),
            Comparer<OpenApiTag>.Create((a, b) => order.IndexOf(a.Name!).CompareTo(order.IndexOf(b.Name!))));
        document.Paths = InFlowOrder(document.Paths, order);
        ResponseFields.MarkRequired(document);
        return Task.CompletedTask;
    }

    // By the first operation's tag, then by path: the document reads in the product's flow, whatever order MVC found the actions in.
    private static OpenApiPaths InFlowOrder(OpenApiPaths paths, List<string> order)
    {
        var sorted = new OpenApiPaths();
        foreach (var (path, item) in paths.OrderBy(p => order.IndexOf(TagOf(p.Value))).ThenBy(p => p.Key, StringComparer.Ordinal))
        {
            sorted[path] = item;
        }

        return sorted;
    }

    private static string TagOf(IOpenApiPathItem item) =>
        item.Operations?.Values.SelectMany(o => o.Tags ?? new HashSet<OpenApiTagReference>()).Select(t => t.Reference.Id).FirstOrDefault() ?? string.Empty;
}
