using Microsoft.AspNetCore.Mvc.ApiExplorer;
using Microsoft.AspNetCore.Mvc.ModelBinding;
using Microsoft.AspNetCore.RateLimiting;
using Microsoft.OpenApi;
using Mirage.Api.Files;
using Mirage.Api.Http;
using Mirage.Api.Passwords;
using Mirage.Domain.Sessions;

namespace Mirage.Api.OpenApi;

/// <summary>
/// The errors an operation can meet before or around its action, read from what the pipeline reads: the
/// authorization requirement, the rate limits, the request body, and the faults every request can hit.
/// </summary>
public static class StandardProblems
{
    public static IEnumerable<(int Status, string Error)> For(OpenApiOperation operation, ApiDescription description)
    {
        var metadata = description.ActionDescriptor.EndpointMetadata;
        if (operation.Security is { Count: > 0 })
        {
            yield return (StatusCodes.Status401Unauthorized, ProblemDefaults.DefaultMessage(StatusCodes.Status401Unauthorized));
            yield return (StatusCodes.Status401Unauthorized, SessionErrors.InvalidToken.Message);
        }

        if (metadata.OfType<HashesPasswordAttribute>().Any() || metadata.OfType<EnableRateLimitingAttribute>().Any())
        {
            yield return (StatusCodes.Status429TooManyRequests, ProblemDefaults.DefaultMessage(StatusCodes.Status429TooManyRequests));
        }

        if (description.ParameterDescriptions.Any(p => p.Source == BindingSource.Body))
        {
            yield return (StatusCodes.Status400BadRequest, InvalidRequestResponse.MalformedBody);
            yield return (StatusCodes.Status413PayloadTooLarge, ProblemDefaults.DefaultMessage(StatusCodes.Status413PayloadTooLarge));
            yield return (StatusCodes.Status415UnsupportedMediaType, ProblemDefaults.DefaultMessage(StatusCodes.Status415UnsupportedMediaType));
        }

        if (metadata.OfType<FileUploadAttribute>().Any())
        {
            var limit = metadata.OfType<BodySizeLimit>().LastOrDefault();
            yield return (StatusCodes.Status413PayloadTooLarge, limit?.TooLarge?.Message ?? ProblemDefaults.DefaultMessage(StatusCodes.Status413PayloadTooLarge));
        }

        // Every request passes the query's NUL guard, the exception handler and the request timeout.
        yield return (StatusCodes.Status400BadRequest, NulCharacterGuard.Message);
        yield return (StatusCodes.Status500InternalServerError, ProblemDefaults.DefaultMessage(StatusCodes.Status500InternalServerError));
        yield return (StatusCodes.Status503ServiceUnavailable, DatabaseProblems.Unavailable);
        yield return (StatusCodes.Status503ServiceUnavailable, RequestTimeouts.TookTooLong);
        yield return (StatusCodes.Status507InsufficientStorage, DatabaseProblems.StorageFull);
    }
}
