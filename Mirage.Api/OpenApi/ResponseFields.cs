using Microsoft.OpenApi;

namespace Mirage.Api.OpenApi;

/// <summary>
/// Mirage writes every property of what it returns, <c>null</c> included (no ignore conditions), so every
/// property of a schema reachable from a success body is required: a generated client can rely on each
/// one, and a test can tell when one goes missing. Request schemas are left alone: their fields are optional.
/// </summary>
public static class ResponseFields
{
    public static void MarkRequired(OpenApiDocument document)
    {
        var components = document.Components?.Schemas ?? new Dictionary<string, IOpenApiSchema>();
        var seen = new HashSet<IOpenApiSchema>(ReferenceEqualityComparer.Instance);
        foreach (var path in document.Paths?.Values ?? Enumerable.Empty<IOpenApiPathItem>())
        {
            foreach (var operation in path.Operations?.Values ?? Enumerable.Empty<OpenApiOperation>())
            {
                var successes = (operation.Responses ?? new OpenApiResponses()).Where(r => r.Key.StartsWith('2')).Select(r => r.Value);
                foreach (var media in successes.SelectMany(r => r.Content?.Values ?? Enumerable.Empty<OpenApiMediaType>()))
                {
                    Mark(media.Schema, components, seen);
                }
            }
        }
    }

    private static void Mark(IOpenApiSchema? schema, IDictionary<string, IOpenApiSchema> components, HashSet<IOpenApiSchema> seen)
    {
        var target = schema is OpenApiSchemaReference reference
            ? reference.Target ?? (components.TryGetValue(reference.Reference.Id ?? string.Empty, out var found) ? found : null)
            : schema;
        if (target is not OpenApiSchema concrete || !seen.Add(concrete))
        {
            return;
        }

        if (concrete.Properties is { Count: > 0 } properties)
        {
            concrete.Required = new SortedSet<string>(properties.Keys, StringComparer.Ordinal);
            foreach (var property in properties.Values)
            {
                Mark(property, components, seen);
            }
        }

        Mark(concrete.Items, components, seen);
        foreach (var alternative in (concrete.OneOf ?? []).Concat(concrete.AnyOf ?? []).Concat(concrete.AllOf ?? []))
        {
            Mark(alternative, components, seen);
        }
    }
}
