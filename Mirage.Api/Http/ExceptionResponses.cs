using Microsoft.AspNetCore.Diagnostics;
using Mirage.Domain.Common;
using Mirage.Domain.Passwords;

namespace Mirage.Api.Http;

/// <summary>
/// Faults become ProblemDetails: a request the server refused while reading it keeps its status
/// (413, 400, ...); a password hash that waited too long for a thread is an expected refusal, answered
/// like the hashing bound's others; anything else is a bare 500 with no internal detail, and is logged
/// here, since the middleware does not log what a handler has handled.
/// </summary>
public sealed partial class ExceptionResponses(ILogger<ExceptionResponses> logger) : IExceptionHandler
{
    private static readonly Error HashingBusy = new(
        ErrorKind.TooManyRequests, ProblemDefaults.DefaultMessage(StatusCodes.Status429TooManyRequests), TimeSpan.FromSeconds(1));

    public async ValueTask<bool> TryHandleAsync(HttpContext httpContext, Exception exception, CancellationToken cancellationToken)
    {
        if (exception is PasswordHashingBusyException)
        {
            await ProblemWriter.WriteAsync(httpContext, HashingBusy);
            return true;
        }

        var status = exception is BadHttpRequestException badRequest ? badRequest.StatusCode : StatusCodes.Status500InternalServerError;
        if (status >= StatusCodes.Status500InternalServerError)
        {
            LogFault(logger, exception, httpContext.Request.Method, httpContext.Request.Path);
        }

        await ProblemWriter.WriteAsync(httpContext, status);
        return true;
    }

    [LoggerMessage(EventId = 500, Level = LogLevel.Error, Message = "Unhandled fault in {Method} {Path}")]
    private static partial void LogFault(ILogger logger, Exception exception, string method, string path);
}
