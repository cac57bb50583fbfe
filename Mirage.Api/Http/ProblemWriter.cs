using System.Globalization;
using Mirage.Domain.Common;

namespace Mirage.Api.Http;

/// <summary>
/// The one writer of Mirage's error bodies: middleware, the authentication handler, the rate limiter,
/// health checks, the exception handler and controllers all answer through here, so every error has
/// the same ProblemDetails shape and the same headers.
/// </summary>
public static class ProblemWriter
{
    public const string ErrorKey = "error";
    public const string ErrorsKey = "errors";
    public const string ContentType = "application/problem+json";

    /// <summary>The scheme a 401 names in <c>WWW-Authenticate</c> (RFC 9110).</summary>
    public const string Challenge = "Bearer";

    public static ValueTask WriteAsync(HttpContext context, Error error, IReadOnlyDictionary<string, string[]>? errors = null) =>
        WriteAsync(context, StatusCodeOf(error.Kind), error.Message, errors, error.RetryAfter);

    /// <summary>Writes a status's problem; <paramref name="error"/> defaults to the status's own message.</summary>
    public static ValueTask WriteAsync(
        HttpContext context, int status, string? error = null, IReadOnlyDictionary<string, string[]>? errors = null, TimeSpan? retryAfter = null)
    {
        var response = context.Response;
        response.StatusCode = status;
        if (retryAfter is { } wait)
        {
            response.Headers.RetryAfter = RetryAfterSeconds(wait);
        }

        if (status == StatusCodes.Status401Unauthorized && response.Headers.WWWAuthenticate.Count == 0)
        {
            response.Headers.WWWAuthenticate = Challenge;
        }

        var problem = new ProblemDetailsContext { HttpContext = context, ProblemDetails = { Status = status, Detail = error } };
        if (errors is not null)
        {
            problem.ProblemDetails.Extensions[ErrorsKey] = errors;
        }

        return context.RequestServices.GetRequiredService<IProblemDetailsService>().WriteAsync(problem);
    }

    /// <summary>The one table from an expected outcome to its status.</summary>
    public static int StatusCodeOf(ErrorKind kind) => kind switch
    {
        ErrorKind.Invalid => StatusCodes.Status400BadRequest,
        ErrorKind.Unauthorized => StatusCodes.Status401Unauthorized,
        ErrorKind.Forbidden => StatusCodes.Status403Forbidden,
        ErrorKind.NotFound => StatusCodes.Status404NotFound,
        ErrorKind.Conflict => StatusCodes.Status409Conflict,
        ErrorKind.TooManyRequests => StatusCodes.Status429TooManyRequests,
        ErrorKind.TooLarge => StatusCodes.Status413PayloadTooLarge,
        _ => throw new ArgumentOutOfRangeException(nameof(kind), kind, null),
    };

    // Whole seconds, rounded up, never less than one: a client that waits that long can succeed.
    private static string RetryAfterSeconds(TimeSpan retryAfter) =>
        Math.Max(1, (long)Math.Ceiling(retryAfter.TotalSeconds)).ToString(CultureInfo.InvariantCulture);
}
