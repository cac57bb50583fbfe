using System.Text.Json.Serialization;
using Microsoft.OpenApi;
using Mirage.Api.Http;
using Mirage.Api.OpenApi;
using Mirage.Domain.Rooms;

namespace Mirage.Api.Rooms;

public sealed class CreateRoomRequest
{
    public string? RoomName { get; init; }

    /// <summary>
    /// <c>true</c>/<c>false</c> or <c>1</c>/<c>0</c> (the first web client sends numbers); missing means public.
    /// Read as text so that any other value meets the contract's message, not a type error.
    /// </summary>
    [JsonConverter(typeof(AnyJsonAsTextConverter))]
    [DocumentedAs(JsonSchemaType.Boolean | JsonSchemaType.Null)]
    public string? IsPrivate { get; init; }

    public string? Password { get; init; }

    /// <summary>Only called after validation, which guarantees a name and a readable <see cref="IsPrivate"/>.</summary>
    public NewRoom ToNewRoom() => new(RoomName!, CreateRoomRequestValidator.IsPrivateRoom(IsPrivate), Password);
}
