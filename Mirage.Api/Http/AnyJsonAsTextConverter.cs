using System.Text.Json;
using System.Text.Json.Serialization;

namespace Mirage.Api.Http;

/// <summary>
/// Reads a string as itself and any other JSON value as its raw text, for fields whose wrong values
/// should meet the field's own validation message rather than a generic type error.
/// </summary>
public sealed class AnyJsonAsTextConverter : JsonConverter<string?>
{
    public override bool HandleNull => true;

    public override string? Read(ref Utf8JsonReader reader, Type typeToConvert, JsonSerializerOptions options)
    {
        if (reader.TokenType == JsonTokenType.String)
        {
            return reader.GetString();
        }

        using var value = JsonDocument.ParseValue(ref reader);
        return value.RootElement.ValueKind == JsonValueKind.Null ? null : value.RootElement.GetRawText();
    }

    public override void Write(Utf8JsonWriter writer, string? value, JsonSerializerOptions options) => writer.WriteStringValue(value);
}
