using System.Globalization;
using System.Text.Json;
using System.Text.Json.Serialization;

namespace Mirage.Api.Http;

/// <summary>Writes timestamps as the contract shows them: ISO 8601, UTC, whole seconds, with a <c>Z</c>.</summary>
public sealed class UtcDateTimeJsonConverter : JsonConverter<DateTime>
{
    private const string Format = "yyyy-MM-dd'T'HH:mm:ss'Z'";

    public override DateTime Read(ref Utf8JsonReader reader, Type typeToConvert, JsonSerializerOptions options) =>
        reader.GetDateTime().ToUniversalTime();

    public override void Write(Utf8JsonWriter writer, DateTime value, JsonSerializerOptions options) =>
        writer.WriteStringValue(value.ToUniversalTime().ToString(Format, CultureInfo.InvariantCulture));
}
