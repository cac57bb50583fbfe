using System.Text.Json;
using System.Text.Json.Serialization;

namespace Mirage.Api.Http;

/// <summary>
/// Reads JSON strings as usual but refuses one holding NUL (<c>\u0000</c>): no field of Mirage's has a
/// use for it, and PostgreSQL cannot store it in text. The field then gets the usual 400 for a
/// malformed value, on every provider alike.
/// </summary>
public sealed class NulFreeStringConverter : JsonConverter<string>
{
    public override string? Read(ref Utf8JsonReader reader, Type typeToConvert, JsonSerializerOptions options)
    {
        var value = reader.GetString();
        return value?.Contains('\0') == true ? throw new JsonException("A string holds a NUL character.") : value;
    }

    public override void Write(Utf8JsonWriter writer, string value, JsonSerializerOptions options) => writer.WriteStringValue(value);
}
