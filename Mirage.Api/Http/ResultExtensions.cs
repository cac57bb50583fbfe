using System.Globalization;
using Microsoft.AspNetCore.Mvc;
using Mirage.Domain.Common;

namespace Mirage.Api.Http;

/// <summary>The one place where domain outcomes become HTTP responses.</summary>
public static class ResultExtensions
{
    public static IActionResult ToActionResult<T>(this ControllerBase controller, Result<T> result, Func<T, IActionResult> onSuccess) =>
        result.IsSuccess ? onSuccess(result.Value) : controller.ToActionResult(result.Error!);

    public static IActionResult ToActionResult(this ControllerBase controller, Error error)
    {
        if (error.RetryAfter is { } retryAfter)
        {
            controller.Response.Headers.RetryAfter = RetryAfterSeconds(retryAfter);
        }

        return ProblemResponses.Create(controller.HttpContext, StatusCodeOf(error.Kind), error.Message);
    }

    /// <summary>Whole seconds, rounded up, never less than one: a client that waits that long can succeed.</summary>
    public static string RetryAfterSeconds(TimeSpan retryAfter) =>
        Math.Max(1, (long)Math.Ceiling(retryAfter.TotalSeconds)).ToString(CultureInfo.InvariantCulture);

    public static int StatusCodeOf(ErrorKind kind) => kind switch
    {
        ErrorKind.Invalid => StatusCodes.Status400BadRequest,
        ErrorKind.Unauthorized => StatusCodes.Status401Unauthorized,
        ErrorKind.Forbidden => StatusCodes.Status403Forbidden,
        ErrorKind.NotFound => StatusCodes.Status404NotFound,
        ErrorKind.Conflict => StatusCodes.Status409Conflict,
        ErrorKind.TooManyRequests => StatusCodes.Status429TooManyRequests,
        _ => throw new ArgumentOutOfRangeException(nameof(kind), kind, null),
    };
}
