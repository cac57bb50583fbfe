using Microsoft.AspNetCore.Diagnostics;
using Mirage.Domain.Passwords;

namespace Mirage.Api.Http;

/// <summary>
/// Faults become ProblemDetails: a request the server refused while reading it keeps its status
/// (413, 400, ...); a password hash that waited too long for a thread is a 429 with Retry-After, like
/// the hashing bound's other refusals; anything else is a bare 500 with no internal detail, and is
/// logged here, since the middleware does not log what a handler has handled.
/// </summary>
public sealed partial class ExceptionResponses(IProblemDetailsService problemDetails, ILogger<ExceptionResponses> logger) : IExceptionHandler
{
    private static readonly TimeSpan BusyRetryAfter = TimeSpan.FromSeconds(1);

    public async ValueTask<bool> TryHandleAsync(HttpContext httpContext, Exception exception, CancellationToken cancellationToken)
    {
        var status = exception switch
        {
            BadHttpRequestException badRequest => badRequest.StatusCode,
            PasswordHashingBusyException => StatusCodes.Status429TooManyRequests,
            _ => StatusCodes.Status500InternalServerError,
        };
        if (status == StatusCodes.Status429TooManyRequests)
        {
            httpContext.Response.Headers.RetryAfter = ResultExtensions.RetryAfterSeconds(BusyRetryAfter);
        }

        if (status >= StatusCodes.Status500InternalServerError)
        {
            LogFault(logger, exception, httpContext.Request.Method, httpContext.Request.Path);
        }

        httpContext.Response.StatusCode = status;
        return await problemDetails.TryWriteAsync(new ProblemDetailsContext
        {
            HttpContext = httpContext,
            Exception = exception,
            ProblemDetails = { Status = status, Extensions = { [ProblemResponses.ErrorKey] = ProblemResponses.DefaultMessage(status) } },
        });
    }

    [LoggerMessage(EventId = 500, Level = LogLevel.Error, Message = "Unhandled fault in {Method} {Path}")]
    private static partial void LogFault(ILogger logger, Exception exception, string method, string path);
}
