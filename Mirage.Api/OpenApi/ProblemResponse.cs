using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.WebUtilities;
using Microsoft.OpenApi;
using Mirage.Api.Http;

namespace Mirage.Api.OpenApi;

/// <summary>One error status of an operation as the document shows it: ProblemDetails, its fixed <c>error</c> strings, its headers.</summary>
public static class ProblemResponse
{
    public static OpenApiResponse Create(int status, IReadOnlyCollection<string> errors, bool validates, OpenApiDocument document) => new()
    {
        Description = Describe(status, errors, validates),
        Headers = Headers(status),
        Content = new Dictionary<string, OpenApiMediaType>
        {
            [ProblemWriter.ContentType] = new()
            {
                Schema = new OpenApiSchemaReference(nameof(ProblemDetails), document),
            },
        },
    };

    private static string Describe(int status, IReadOnlyCollection<string> errors, bool validates)
    {
        var text = ReasonPhrases.GetReasonPhrase(status);
        if (errors.Count > 0)
        {
            text += ". `error` is " + (errors.Count == 1 ? string.Empty : "one of ") + string.Join(", ", errors.Select(e => $"\"{e}\""));
        }

        return status == StatusCodes.Status400BadRequest && validates
            ? text + ". A request that fails validation names each field's messages in `errors`, and one of them in `error`."
            : text + ".";
    }

    private static Dictionary<string, IOpenApiHeader>? Headers(int status) => status switch
    {
        StatusCodes.Status401Unauthorized => new()
        {
            ["WWW-Authenticate"] = new OpenApiHeader
            {
                Description = "`Bearer`, with `error=\"invalid_token\"` when a token was sent but is not valid.",
                Schema = new OpenApiSchema { Type = JsonSchemaType.String },
            },
        },
        StatusCodes.Status429TooManyRequests or StatusCodes.Status503ServiceUnavailable or StatusCodes.Status507InsufficientStorage => new()
        {
            ["Retry-After"] = new OpenApiHeader
            {
                Description = "Whole seconds to wait before trying again.",
                Required = true,
                Schema = new OpenApiSchema { Type = JsonSchemaType.Integer },
            },
        },
        _ => null,
    };
}
