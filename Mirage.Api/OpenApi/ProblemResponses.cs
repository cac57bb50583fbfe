using System.Globalization;
using Microsoft.AspNetCore.Mvc.ModelBinding;
using Microsoft.AspNetCore.OpenApi;
using Microsoft.OpenApi;

namespace Mirage.Api.OpenApi;

/// <summary>
/// Gives every operation each error status it can answer, as ProblemDetails (<c>application/problem+json</c>)
/// with the fixed <c>error</c> strings: the action's own (<see cref="ProducesErrorAttribute"/> and
/// <c>[ProducesResponseType]</c>) and those of the pipeline around it (<see cref="StandardProblems"/>).
/// Responses are listed by status, so the document is the same on every run.
/// </summary>
public sealed class ProblemResponses : IOpenApiOperationTransformer
{
    public Task TransformAsync(OpenApiOperation operation, OpenApiOperationTransformerContext context, CancellationToken cancellationToken)
    {
        var errors = new SortedDictionary<int, SortedSet<string>>();
        foreach (var key in operation.Responses?.Keys ?? Enumerable.Empty<string>())
        {
            if (int.TryParse(key, CultureInfo.InvariantCulture, out var status) && status >= StatusCodes.Status400BadRequest)
            {
                ErrorsOf(errors, status);
            }
        }

        var declared = context.Description.ActionDescriptor.EndpointMetadata.OfType<ProducesErrorAttribute>().Select(p => (p.StatusCode, p.Error));
        foreach (var (status, error) in declared.Concat(StandardProblems.For(operation, context.Description)))
        {
            ErrorsOf(errors, status).Add(error);
        }

        var responses = new OpenApiResponses();
        foreach (var (key, response) in (operation.Responses ?? new OpenApiResponses()).Where(r => !IsError(r.Key)).OrderBy(r => r.Key, StringComparer.Ordinal))
        {
            responses[key] = response;
        }

        // Bodies and queries are validated; a path alone is only looked up.
        var validates = context.Description.ParameterDescriptions.Any(p => p.Source == BindingSource.Body || p.Source == BindingSource.Query);
        foreach (var (status, messages) in errors)
        {
            responses[status.ToString(CultureInfo.InvariantCulture)] = ProblemResponse.Create(status, messages, validates, context.Document!);
        }

        operation.Responses = responses;
        return Task.CompletedTask;
    }

    private static SortedSet<string> ErrorsOf(SortedDictionary<int, SortedSet<string>> errors, int status)
    {
        if (!errors.TryGetValue(status, out var messages))
        {
            messages = new SortedSet<string>(StringComparer.Ordinal);
            errors[status] = messages;
        }

        return messages;
    }

    private static bool IsError(string key) =>
        int.TryParse(key, CultureInfo.InvariantCulture, out var status) && status >= StatusCodes.Status400BadRequest;
}
