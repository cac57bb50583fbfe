using Microsoft.AspNetCore.OpenApi;
using Microsoft.OpenApi;

namespace Mirage.Api.OpenApi;

/// <summary>
/// MVC lists every media type its formatters could write (<c>text/plain</c>, <c>text/json</c>); Mirage's JSON
/// answers are <c>application/json</c>, so a success body that is JSON says only that.
/// </summary>
public sealed class JsonResponses : IOpenApiOperationTransformer
{
    private const string Json = "application/json";

    public Task TransformAsync(OpenApiOperation operation, OpenApiOperationTransformerContext context, CancellationToken cancellationToken)
    {
        foreach (var response in (operation.Responses ?? new OpenApiResponses()).Values)
        {
            if (response.Content is { } content && content.TryGetValue(Json, out var json))
            {
                content.Clear();
                content[Json] = json;
            }
        }

        return Task.CompletedTask;
    }
}
