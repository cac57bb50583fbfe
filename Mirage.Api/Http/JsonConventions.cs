using System.Text.Json;

namespace Mirage.Api.Http;

/// <summary>One JSON dialect for MVC, minimal responses and the OpenAPI document: snake_case, strict input.</summary>
public static class JsonConventions
{
    /// <summary>Deep enough for every request Mirage accepts, shallow enough that nesting cannot be an attack.</summary>
    public const int MaxDepth = 32;

    public static void Apply(JsonSerializerOptions options)
    {
        options.PropertyNamingPolicy = JsonNamingPolicy.SnakeCaseLower;
        options.DictionaryKeyPolicy = null;
        options.MaxDepth = MaxDepth;
        options.AllowDuplicateProperties = false;
        options.Converters.Add(new UtcDateTimeJsonConverter());
        options.Converters.Add(new NulFreeStringConverter());
    }
}
