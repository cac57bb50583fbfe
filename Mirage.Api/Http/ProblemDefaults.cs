namespace Mirage.Api.Http;

/// <summary>What every ProblemDetails carries, whoever produced it: Mirage's, routing's, MVC's, the authentication's.</summary>
public static class ProblemDefaults
{
    /// <summary>
    /// Gives every ProblemDetails an <c>error</c> and the same text as <c>detail</c> (the status's default
    /// message when nothing more specific was said), and names the trace id in snake_case like every other field.
    /// </summary>
    public static void Complete(ProblemDetailsContext context)
    {
        var problem = context.ProblemDetails;
        if (problem.Extensions.Remove("traceId", out var traceId))
        {
            problem.Extensions["trace_id"] = traceId;
        }

        problem.Detail ??= DefaultMessage(problem.Status ?? context.HttpContext.Response.StatusCode);
        problem.Extensions[ProblemWriter.ErrorKey] = problem.Detail;
    }

    public static string DefaultMessage(int statusCode) => statusCode switch
    {
        StatusCodes.Status400BadRequest => "bad request",
        StatusCodes.Status401Unauthorized => "authentication required",
        StatusCodes.Status403Forbidden => "forbidden",
        StatusCodes.Status404NotFound => "not found",
        StatusCodes.Status405MethodNotAllowed => "method not allowed",
        StatusCodes.Status406NotAcceptable => "not acceptable",
        StatusCodes.Status413PayloadTooLarge => "request body too large",
        StatusCodes.Status415UnsupportedMediaType => "unsupported content type, send application/json",
        StatusCodes.Status429TooManyRequests => "too many requests, try again later",
        >= 500 => "internal server error",
        _ => "request failed",
    };
}
