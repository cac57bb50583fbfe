using Microsoft.AspNetCore.Diagnostics;

namespace Mirage.Api.Http;

/// <summary>
/// Faults become ProblemDetails: a request the server refused while reading it keeps its status
/// (413, 400, ...); anything else is a bare 500 with no internal detail.
/// </summary>
public sealed partial class ExceptionResponses(IProblemDetailsService problemDetails, ILogger<ExceptionResponses> logger) : IExceptionHandler
{
    public async ValueTask<bool> TryHandleAsync(HttpContext httpContext, Exception exception, CancellationToken cancellationToken)
    {
        var status = exception is BadHttpRequestException badRequest ? badRequest.StatusCode : StatusCodes.Status500InternalServerError;
        if (status >= StatusCodes.Status500InternalServerError)
        {
            LogUnhandled(logger, exception, httpContext.Request.Method, httpContext.Request.Path);
        }

        httpContext.Response.StatusCode = status;
        var error = ProblemResponses.DefaultMessage(status);
        return await problemDetails.TryWriteAsync(new ProblemDetailsContext
        {
            HttpContext = httpContext,
            Exception = exception,
            ProblemDetails = { Status = status, Extensions = { [ProblemResponses.ErrorKey] = error } },
        });
    }

    [LoggerMessage(Level = LogLevel.Error, Message = "Unhandled fault in {Method} {Path}")]
    private static partial void LogUnhandled(ILogger logger, Exception exception, string method, string path);
}
