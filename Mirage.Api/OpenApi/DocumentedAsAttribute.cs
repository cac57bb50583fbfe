using Microsoft.OpenApi;

namespace Mirage.Api.OpenApi;

/// <summary>
/// The schema of a request field that is read as text whatever its JSON type (<c>AnyJsonAsTextConverter</c>),
/// so that a wrong value meets the field's own message: the document shows what a client should send.
/// </summary>
[AttributeUsage(AttributeTargets.Property)]
public sealed class DocumentedAsAttribute(JsonSchemaType type, params string[] values) : Attribute
{
    public JsonSchemaType Type { get; } = type;

    public IReadOnlyList<string> Values { get; } = values;
}
