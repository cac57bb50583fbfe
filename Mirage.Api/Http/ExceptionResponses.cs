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
/// not log what a handler has handled. When the client has gone (it closed the connection, often mid-body)
/// there is no one to read the answer: it is not written, or its write is cut short, and that is logged at
/// debug level instead of failing the handler.
/// </summary>
public sealed partial class ExceptionResponses(ILogger<ExceptionResponses> logger) : IExceptionHandler
{
    private static readonly Error HashingBusy = new(
        ErrorKind.TooManyRequests, ProblemDefaults.DefaultMessage(StatusCodes.Status429TooManyRequests), TimeSpan.FromSeconds(1));

    public async ValueTask<bool> TryHandleAsync(HttpContext httpContext, Exception exception, CancellationToken cancellationToken)
    {
        if (exception is PasswordHashingBusyException)
        {
            await AnswerAsync(httpContext, static context => ProblemWriter.WriteAsync(context, HashingBusy));
            return true;
        }

        if (DatabaseFaults.Classify(exception) is var fault and not DatabaseFault.None)
        {
            LogDatabaseFault(logger, fault, httpContext.Request.Method, httpContext.Request.Path, Innermost(exception).Message);
            await AnswerAsync(httpContext, context => DatabaseProblems.WriteAsync(context, fault));
            return true;
        }

        var status = exception is BadHttpRequestException badRequest ? badRequest.StatusCode : StatusCodes.Status500InternalServerError;
        if (status >= StatusCodes.Status500InternalServerError)
        {
            LogFault(logger, exception, httpContext.Request.Method, httpContext.Request.Path);
        }

        await AnswerAsync(httpContext, context => ProblemWriter.WriteAsync(context, status));
        return true;
    }

    private async ValueTask AnswerAsync(HttpContext context, Func<HttpContext, ValueTask> write)
    {
        if (!context.RequestAborted.IsCancellationRequested)
        {
            try
            {
                await write(context);
                return;
            }
            catch (Exception exception) when (exception is OperationCanceledException or IOException && context.RequestAborted.IsCancellationRequested)
            {
            }
        }

        LogClientGone(logger, context.Request.Method, context.Request.Path);
    }

    private static Exception Innermost(Exception exception) =>
        exception.InnerException is { } inner ? Innermost(inner) : exception;

    [LoggerMessage(EventId = 500, Level = LogLevel.Error, Message = "Unhandled fault in {Method} {Path}")]
    private static partial void LogFault(ILogger logger, Exception exception, string method, string path);

    [LoggerMessage(EventId = 499, Level = LogLevel.Debug, Message = "The client left during {Method} {Path}; no answer was sent")]
    private static partial void LogClientGone(ILogger logger, string method, string path);

    [LoggerMessage(EventId = 503, Level = LogLevel.Warning, Message = "Database {Fault} in {Method} {Path}: {Reason}")]
    private static partial void LogDatabaseFault(ILogger logger, DatabaseFault fault, string method, string path, string reason);
}
