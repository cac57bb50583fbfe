using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.Infrastructure;
using Mirage.Api.Sessions;

namespace Mirage.Api.Http;

/// <summary>Builds Mirage's error responses: ProblemDetails that also carry the person-readable <c>error</c>.</summary>
public static class ProblemResponses
{
    public const string ErrorKey = "error";
    public const string ErrorsKey = "errors";
    public const string ContentType = "application/problem+json";

    public static ObjectResult Create(HttpContext httpContext, int statusCode, string error)
    {
        var factory = httpContext.RequestServices.GetRequiredService<ProblemDetailsFactory>();
        var problem = factory.CreateProblemDetails(httpContext, statusCode, detail: error);
        problem.Extensions[ErrorKey] = error;
        if (statusCode == StatusCodes.Status401Unauthorized)
        {
            // RFC 9110: a 401 names the scheme the client should use.
            httpContext.Response.Headers.WWWAuthenticate = SessionAuthenticationHandler.Challenge;
        }

        return new ObjectResult(problem) { StatusCode = statusCode, ContentTypes = { ContentType } };
    }

    /// <summary>
    /// Gives every ProblemDetails an <c>error</c>, whoever produced it (routing, MVC, authentication,
    /// faults), and names the trace id in snake_case like every other field.
    /// </summary>
    public static void Complete(ProblemDetailsContext context)
    {
        var problem = context.ProblemDetails;
        if (problem.Extensions.Remove("traceId", out var traceId))
        {
            problem.Extensions["trace_id"] = traceId;
        }

        if (!problem.Extensions.ContainsKey(ErrorKey))
        {
            problem.Extensions[ErrorKey] = problem.Detail ?? DefaultMessage(problem.Status ?? context.HttpContext.Response.StatusCode);
        }
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
