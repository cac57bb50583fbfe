using Microsoft.AspNetCore.Diagnostics;
using Mirage.Domain.Common;
using Mirage.Domain.Passwords;
using Mirage.Infrastructure.Persistence;

namespace Mirage.Api.Http;

/// <summary>
/// Faults become ProblemDetails: a request the server refused while reading it keeps its status
/// (413, 400, ...); a password hash that waited too long for a thread is an expected refusal, answered
/// like the hashing bound's others; a database outage is a 503 with <c>Retry-After</c> (507 for a full
/// disk), logged as one line without a stack trace, since operators see the outage itself elsewhere;
/// anything else is a bare 500 with no internal detail, and is logged here, since the middleware does
/// not log what a handler has handled. A request whose client has gone (it closed the connection, often
/// mid-body) gets no answer, since there is no one to read it, and its fault is logged at debug level
/// when the client's leaving is what failed (a cancelled operation, a body that ended early).
/// </summary>
public sealed partial class ExceptionResponses(ILogger<ExceptionResponses> logger) : IExceptionHandler
{
    private static readonly Error HashingBusy = new(
        ErrorKind.TooManyRequests, ProblemDefaults.DefaultMessage(StatusCodes.Status429TooManyRequests), TimeSpan.FromSeconds(1));

    public async ValueTask<bool> TryHandleAsync(HttpContext httpContext, Exception exception, CancellationToken cancellationToken)
    {
        if (httpContext.RequestAborted.IsCancellationRequested)
        {
            if (exception is OperationCanceledException or IOException)
            {
                LogClientGone(logger, httpContext.Request.Method, httpContext.Request.Path, exception.Message);
            }
            else
            {
                LogFault(logger, exception, httpContext.Request.Method, httpContext.Request.Path);
            }

            return true;
        }

        if (exception is PasswordHashingBusyException)
        {
            await ProblemWriter.WriteAsync(httpContext, HashingBusy);
            return true;
        }

        if (DatabaseFaults.Classify(exception) is var fault and not DatabaseFault.None)
        {
            LogDatabaseFault(logger, fault, httpContext.Request.Method, httpContext.Request.Path, Innermost(exception).Message);
            await DatabaseProblems.WriteAsync(httpContext, fault);
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

    private static Exception Innermost(Exception exception) =>
        exception.InnerException is { } inner ? Innermost(inner) : exception;

    [LoggerMessage(EventId = 500, Level = LogLevel.Error, Message = "Unhandled fault in {Method} {Path}")]
    private static partial void LogFault(ILogger logger, Exception exception, string method, string path);

    [LoggerMessage(EventId = 499, Level = LogLevel.Debug, Message = "The client left during {Method} {Path}: {Reason}")]
    private static partial void LogClientGone(ILogger logger, string method, string path, string reason);

    [LoggerMessage(EventId = 503, Level = LogLevel.Warning, Message = "Database {Fault} in {Method} {Path}: {Reason}")]
    private static partial void LogDatabaseFault(ILogger logger, DatabaseFault fault, string method, string path, string reason);
}
