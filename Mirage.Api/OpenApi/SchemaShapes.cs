using System.Reflection;
using System.Text.Json.Nodes;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.OpenApi;
using Microsoft.OpenApi;
using Mirage.Api.Http;

namespace Mirage.Api.OpenApi;

/// <summary>
/// Schemas as a client should read them: strings and times are typed, numbers are numbers (the server
/// also reads a numeric string, but never writes one), fields read as text show the type to send, and ProblemDetails has Mirage's
/// <c>error</c> (always), <c>errors</c> (validation) and <c>trace_id</c>.
/// </summary>
public sealed class SchemaShapes : IOpenApiSchemaTransformer
{
    private static readonly Type[] TextTypes = [typeof(string), typeof(DateTime), typeof(DateTime?)];

    public Task TransformAsync(OpenApiSchema schema, OpenApiSchemaTransformerContext context, CancellationToken cancellationToken)
    {
        if (schema.Type is { } type && type.HasFlag(JsonSchemaType.String) && (type.HasFlag(JsonSchemaType.Integer) || type.HasFlag(JsonSchemaType.Number)))
        {
            schema.Type = type & ~JsonSchemaType.String;
            schema.Pattern = null;
        }

        // Mirage's own converters for strings and times (NUL refusal, UTC) hide the type from the schema exporter.
        if (schema.Type is null && TextTypes.Contains(context.JsonTypeInfo.Type))
        {
            var nullable = context.JsonPropertyInfo is { } property
                ? property.IsGetNullable || property.IsSetNullable
                : Nullable.GetUnderlyingType(context.JsonTypeInfo.Type) is not null;
            schema.Type = nullable ? JsonSchemaType.String | JsonSchemaType.Null : JsonSchemaType.String;
        }

        if (schema.Type?.HasFlag(JsonSchemaType.Array) == true && context.JsonTypeInfo.ElementType == typeof(string) && schema.Items?.Type is null)
        {
            schema.Items = new OpenApiSchema { Type = JsonSchemaType.String };
        }

        if (context.JsonPropertyInfo?.AttributeProvider is MemberInfo member && member.GetCustomAttribute<DocumentedAsAttribute>() is { } documented)
        {
            schema.Type = documented.Type;
            schema.Enum = documented.Values.Count > 0 ? documented.Values.Select(v => (JsonNode)JsonValue.Create(v)!).ToList() : null;
        }

        if (context.JsonPropertyInfo is null && context.JsonTypeInfo.Type == typeof(ProblemDetails))
        {
            AddMirageFields(schema);
        }

        return Task.CompletedTask;
    }

    private static void AddMirageFields(OpenApiSchema schema)
    {
        schema.Properties ??= new Dictionary<string, IOpenApiSchema>();
        schema.Properties[ProblemWriter.ErrorKey] = new OpenApiSchema
        {
            Type = JsonSchemaType.String,
            Description = "What went wrong, for a person to read; the same text as `detail`.",
        };
        schema.Properties[ProblemWriter.ErrorsKey] = new OpenApiSchema
        {
            Type = JsonSchemaType.Object,
            Description = "Validation failures only: each failing field's messages.",
            AdditionalProperties = new OpenApiSchema { Type = JsonSchemaType.Array, Items = new OpenApiSchema { Type = JsonSchemaType.String } },
        };
        schema.Properties["trace_id"] = new OpenApiSchema { Type = JsonSchemaType.String, Description = "The request's trace id, as in the server's logs." };
        schema.Required ??= new HashSet<string>();
        schema.Required.Add(ProblemWriter.ErrorKey);
        schema.Required.Add("status");
        schema.Required.Add("trace_id");
    }
}
