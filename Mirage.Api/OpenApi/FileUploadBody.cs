using Microsoft.AspNetCore.OpenApi;
using Microsoft.OpenApi;
using Mirage.Api.Files;

namespace Mirage.Api.OpenApi;

/// <summary>
/// An upload's action streams the form itself (<see cref="NoFormBindingAttribute"/>), so it has no parameter
/// to describe its body: the form is described here, with <c>room_id</c>, which may come in the query instead.
/// </summary>
public sealed class FileUploadBody : IOpenApiOperationTransformer
{
    private const string RoomId = "room_id";

    public Task TransformAsync(OpenApiOperation operation, OpenApiOperationTransformerContext context, CancellationToken cancellationToken)
    {
        if (!context.Description.ActionDescriptor.EndpointMetadata.OfType<FileUploadAttribute>().Any())
        {
            return Task.CompletedTask;
        }

        var roomId = new OpenApiSchema { Type = JsonSchemaType.Integer, Format = "int64" };
        operation.Parameters =
        [
            new OpenApiParameter
            {
                Name = RoomId,
                In = ParameterLocation.Query,
                Description = "The room, when the form sends the file before `room_id`: then it is checked before the file is read.",
                Schema = roomId,
            },
        ];
        operation.RequestBody = new OpenApiRequestBody
        {
            Required = true,
            Content = new Dictionary<string, OpenApiMediaType>
            {
                ["multipart/form-data"] = new()
                {
                    Schema = new OpenApiSchema
                    {
                        Type = JsonSchemaType.Object,
                        Properties = new Dictionary<string, IOpenApiSchema>
                        {
                            [RoomId] = roomId,
                            ["file"] = new OpenApiSchema { Type = JsonSchemaType.String, Format = "binary" },
                        },
                        Required = new SortedSet<string>(["file"], StringComparer.Ordinal),
                    },
                },
            },
        };
        return Task.CompletedTask;
    }
}
