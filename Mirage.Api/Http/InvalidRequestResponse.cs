using Microsoft.AspNetCore.Mvc;
using Mirage.Domain.Common;

namespace Mirage.Api.Http;

/// <summary>
/// The 400 for a request that failed binding or validation: ProblemDetails with <c>errors</c> by
/// snake_case field and one <c>error</c> that a person can read.
/// </summary>
public static class InvalidRequestResponse
{
    public const string BodyField = "body";
    public const string MalformedBody = "the request body is not valid JSON, or is not a JSON object";

    public static IActionResult Create(ActionContext context)
    {
        var errors = new Dictionary<string, string[]>(StringComparer.Ordinal);
        foreach (var (key, entry) in context.ModelState)
        {
            if (entry.Errors.Count > 0)
            {
                var (field, messages) = Describe(key, entry.Errors.Select(e => e.ErrorMessage));
                errors[field] = messages;
            }
        }

        return new ProblemResult(new Error(ErrorKind.Invalid, ChooseError(errors)), errors);
    }

    // Binding errors are keyed by nothing (empty or null body) or by JSON path ("$", "$.username");
    // validator errors are keyed by field name.
    private static (string Field, string[] Messages) Describe(string key, IEnumerable<string> validatorMessages)
    {
        if (key.Length == 0)
        {
            return (BodyField, [RequestMessages.MissingFields]);
        }

        if (key.StartsWith("$.", StringComparison.Ordinal))
        {
            var field = key[2..];
            return (field, [$"'{field}' is malformed or has the wrong type"]);
        }

        return key.StartsWith('$') ? (BodyField, [MalformedBody]) : (key, validatorMessages.ToArray());
    }

    // The contract's "nothing filled" message wins, as in the first backend, which checked it first.
    private static string ChooseError(Dictionary<string, string[]> errors)
    {
        var messages = errors.Values.SelectMany(m => m).ToList();
        return messages.Find(m => m == RequestMessages.MissingFields) ?? messages.FirstOrDefault() ?? MalformedBody;
    }
}
