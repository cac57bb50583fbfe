using Microsoft.AspNetCore.OpenApi;
using Microsoft.OpenApi;
using Mirage.Api.Files;

namespace Mirage.Api.OpenApi;

/// <summary>A shared file's <c>200</c> and <c>206</c> carry its bytes, typed as detected from them; see <see cref="ServesSharedFileAttribute"/>.</summary>
public sealed class SharedFileResponses : IOpenApiOperationTransformer
{
    public Task TransformAsync(OpenApiOperation operation, OpenApiOperationTransformerContext context, CancellationToken cancellationToken)
    {
        if (!context.Description.ActionDescriptor.EndpointMetadata.OfType<ServesSharedFileAttribute>().Any())
        {
            return Task.CompletedTask;
        }

        foreach (var (status, response) in operation.Responses ?? new OpenApiResponses())
        {
            if (status.StartsWith('2') && response is OpenApiResponse bytes)
            {
                bytes.Description = "The file: PNG, JPEG, GIF, WebP, PDF or plain text with its type as detected from its bytes, anything else as "
                    + "`application/octet-stream` with `Content-Disposition: attachment`. `206` answers a `Range` request.";
                bytes.Content = new Dictionary<string, OpenApiMediaType>
                {
                    ["*/*"] = new() { Schema = new OpenApiSchema { Type = JsonSchemaType.String, Format = "binary" } },
                };
            }
        }

        return Task.CompletedTask;
    }
}
