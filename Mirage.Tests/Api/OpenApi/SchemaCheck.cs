using System.Text.Json;
using System.Text.Json.Nodes;

namespace Mirage.Tests.Api.OpenApi;

/// <summary>
/// Checks a JSON value against an OpenAPI 3.1 schema, as far as Mirage's document uses schemas: <c>$ref</c>,
/// <c>oneOf</c>/<c>anyOf</c>, <c>type</c> (one or several), <c>enum</c>, <c>required</c>, <c>properties</c>,
/// <c>additionalProperties</c> and <c>items</c>. A field the document does not name is a problem too,
/// unless the schema allows more.
/// </summary>
public sealed class SchemaCheck(JsonObject document)
{
    public List<string> Problems { get; } = [];

    public void Check(JsonNode? schema, JsonNode? value, string at)
    {
        schema = Resolve(schema);
        if (schema is null)
        {
            return;
        }

        if ((schema["oneOf"] ?? schema["anyOf"]) is JsonArray alternatives)
        {
            if (!alternatives.Any(alternative => Passes(alternative, value, at)))
            {
                Problems.Add($"{at}: {value?.ToJsonString() ?? "null"} matches none of {alternatives.ToJsonString()}");
            }

            return;
        }

        if (schema["type"] is { } type && !TypeMatches(type, value))
        {
            Problems.Add($"{at}: {Kind(value)} where the document says {type.ToJsonString()}");
            return;
        }

        if (schema["enum"] is JsonArray values && !values.Any(v => JsonNode.DeepEquals(v, value)))
        {
            Problems.Add($"{at}: {value?.ToJsonString()} is not one of {values.ToJsonString()}");
        }

        if (value is JsonObject fields)
        {
            CheckObject(schema, fields, at);
        }
        else if (value is JsonArray items)
        {
            for (var i = 0; i < items.Count; i++)
            {
                Check(schema["items"], items[i], $"{at}[{i}]");
            }
        }
    }

    private void CheckObject(JsonNode schema, JsonObject fields, string at)
    {
        var properties = schema["properties"] as JsonObject;
        foreach (var required in (schema["required"] as JsonArray ?? []).Select(r => r!.GetValue<string>()))
        {
            if (!fields.ContainsKey(required))
            {
                Problems.Add($"{at}.{required}: required by the document, missing from the answer");
            }
        }

        foreach (var (name, value) in fields)
        {
            if (properties?[name] is { } property)
            {
                Check(property, value, $"{at}.{name}");
            }
            else if (schema["additionalProperties"] is { } more)
            {
                Check(more, value, $"{at}.{name}");
            }
            else if (properties is not null)
            {
                Problems.Add($"{at}.{name}: in the answer, not in the document");
            }
        }
    }

    private bool Passes(JsonNode? schema, JsonNode? value, string at)
    {
        var check = new SchemaCheck(document);
        check.Check(schema, value, at);
        return check.Problems.Count == 0;
    }

    private JsonNode? Resolve(JsonNode? schema)
    {
        while (schema?["$ref"] is JsonValue reference)
        {
            var name = reference.GetValue<string>().Split('/')[^1];
            schema = document["components"]?["schemas"]?[name]
                ?? throw new AssertionException($"The document refers to a schema it lacks: {reference}");
        }

        return schema;
    }

    private static bool TypeMatches(JsonNode type, JsonNode? value)
    {
        var allowed = type is JsonArray types ? types.Select(t => t!.GetValue<string>()) : [type.GetValue<string>()];
        return allowed.Any(t => t == Kind(value) || (t == "number" && Kind(value) == "integer"));
    }

    private static string Kind(JsonNode? value) => value?.GetValueKind() switch
    {
        null or JsonValueKind.Null => "null",
        JsonValueKind.Object => "object",
        JsonValueKind.Array => "array",
        JsonValueKind.String => "string",
        JsonValueKind.True or JsonValueKind.False => "boolean",
        _ => value.ToJsonString().Any(c => c is '.' or 'e' or 'E') ? "number" : "integer",
    };
}
