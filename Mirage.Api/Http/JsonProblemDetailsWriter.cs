using Microsoft.AspNetCore.Http.Json;
using Microsoft.AspNetCore.Mvc.Infrastructure;
using Microsoft.Extensions.Options;

namespace Mirage.Api.Http;

/// <summary>
/// Writes every ProblemDetails as <c>application/problem+json</c>, whatever the request's <c>Accept</c>
/// says: clients read <c>data.error</c>, and the framework's own writer would otherwise fall back to
/// plain text, or fail, for <c>Accept: text/html</c>.
/// </summary>
public sealed class JsonProblemDetailsWriter(ProblemDetailsFactory factory, IOptions<JsonOptions> json) : IProblemDetailsWriter
{
    public bool CanWrite(ProblemDetailsContext context) => true;

    public ValueTask WriteAsync(ProblemDetailsContext context)
    {
        var http = context.HttpContext;
        var source = context.ProblemDetails;
        var problem = factory.CreateProblemDetails(
            http, source.Status ?? http.Response.StatusCode, source.Title, source.Type, source.Detail, source.Instance);
        foreach (var (key, value) in source.Extensions)
        {
            problem.Extensions[key] = value;
        }

        return new ValueTask(http.Response.WriteAsJsonAsync(problem, json.Value.SerializerOptions, ProblemWriter.ContentType, http.RequestAborted));
    }
}
