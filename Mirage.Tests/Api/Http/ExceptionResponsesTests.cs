using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using Mirage.Api.Http;

namespace Mirage.Tests.Api.Http;

public sealed class ExceptionResponsesTests
{
    [Test]
    public async Task BodyCutShort_ByAClientThatLeft_WritesNothingAndLogsNoError()
    {
        var (handler, logs) = HandlerWithLogs();
        var context = ContextOfAClientThatLeft();

        var handled = await handler.TryHandleAsync(context, new BadHttpRequestException("Unexpected end of request content."), CancellationToken.None);

        Assert.That(handled, Is.True);
        Assert.That(context.Response.Body.Length, Is.Zero, "no one is left to read an answer");
        Assert.That(logs.Entries.Where(e => e.Level >= LogLevel.Warning), Is.Empty, "a client leaving is not a fault of the server");
        Assert.That(logs.Entries.Select(e => e.Message), Has.Some.Contains("The client left during POST /api/create_post"));
    }

    [Test]
    public async Task RealFault_WhileTheClientLeaves_IsStillLoggedAsAnError()
    {
        var (handler, logs) = HandlerWithLogs();
        var context = ContextOfAClientThatLeft();

        var handled = await handler.TryHandleAsync(context, new InvalidOperationException("a bug"), CancellationToken.None);

        Assert.That(handled, Is.True);
        Assert.That(context.Response.Body.Length, Is.Zero);
        Assert.That(logs.Entries.Where(e => e.Level >= LogLevel.Error).Select(e => e.Exception?.Message), Has.Some.EqualTo("a bug"));
    }

    private static (ExceptionResponses Handler, CapturingLoggerProvider Logs) HandlerWithLogs()
    {
        var logs = new CapturingLoggerProvider();
        using var factory = LoggerFactory.Create(logging => logging.AddProvider(logs).SetMinimumLevel(LogLevel.Trace));
        return (new ExceptionResponses(factory.CreateLogger<ExceptionResponses>()), logs);
    }

    private static DefaultHttpContext ContextOfAClientThatLeft()
    {
        var services = new ServiceCollection().AddProblemDetails().BuildServiceProvider();
        var context = new DefaultHttpContext { RequestServices = services, RequestAborted = new CancellationToken(canceled: true) };
        context.Request.Method = HttpMethods.Post;
        context.Request.Path = "/api/create_post";
        context.Response.Body = new MemoryStream();
        return context;
    }
}
