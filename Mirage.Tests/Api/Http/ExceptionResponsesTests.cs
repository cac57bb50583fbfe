using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using Mirage.Api.Http;

namespace Mirage.Tests.Api.Http;

/// <summary>
/// A client that closes its connection mid-request (a phone losing signal, a tab closed while uploading): the
/// server reads a body cut short, and its answer can no longer be written. Nothing on the server failed.
/// </summary>
public sealed class ExceptionResponsesTests
{
    private CapturingLoggerProvider _logs = null!;
    private ILoggerFactory _loggerFactory = null!;
    private ExceptionResponses _handler = null!;

    [SetUp]
    public void CreateHandler()
    {
        _logs = new CapturingLoggerProvider();
        _loggerFactory = LoggerFactory.Create(logging => logging.AddProvider(_logs).SetMinimumLevel(LogLevel.Trace));
        _handler = new ExceptionResponses(_loggerFactory.CreateLogger<ExceptionResponses>());
    }

    [TearDown]
    public void DisposeLoggers()
    {
        _loggerFactory.Dispose();
        _logs.Dispose();
    }

    [Test]
    public async Task BodyCutShort_WhoseAnswerMeetsTheClosedConnection_IsHandledWithoutAnErrorLog()
    {
        var context = ContextWhoseClientLeavesOnTheFirstWrite();

        var handled = await _handler.TryHandleAsync(context, new BadHttpRequestException("Unexpected end of request content."), CancellationToken.None);

        Assert.That(handled, Is.True, "an unhandled exception here makes the middleware log two errors");
        Assert.That(_logs.Entries.Where(e => e.Level >= LogLevel.Warning), Is.Empty, "a client leaving is not a fault of the server");
        Assert.That(_logs.Entries.Select(e => e.Message), Has.Some.Contains("The client left during POST /api/create_post"));
    }

    [Test]
    public async Task RealFault_WhileTheClientLeaves_IsStillLoggedAsAnError()
    {
        var context = ContextWhoseClientLeavesOnTheFirstWrite();

        var handled = await _handler.TryHandleAsync(context, new InvalidOperationException("a bug"), CancellationToken.None);

        Assert.That(handled, Is.True);
        Assert.That(_logs.Entries.Where(e => e.Level >= LogLevel.Error).Select(e => e.Exception?.Message), Has.Some.EqualTo("a bug"));
    }

    private static DefaultHttpContext ContextWhoseClientLeavesOnTheFirstWrite()
    {
        var connection = new CancellationTokenSource();
        var context = new DefaultHttpContext
        {
            RequestServices = new ServiceCollection().AddOptions().AddProblemDetails().BuildServiceProvider(),
            RequestAborted = connection.Token,
        };
        context.Request.Method = HttpMethods.Post;
        context.Request.Path = "/api/create_post";
        context.Response.Body = new ClosedConnectionStream(connection);
        return context;
    }

    // A response body whose client has reset the connection: the request is aborted, and the write fails.
    private sealed class ClosedConnectionStream(CancellationTokenSource connection) : MemoryStream
    {
        public override ValueTask WriteAsync(ReadOnlyMemory<byte> buffer, CancellationToken cancellationToken = default)
        {
            connection.Cancel();
            throw new IOException("Connection reset by peer");
        }

        public override Task WriteAsync(byte[] buffer, int offset, int count, CancellationToken cancellationToken) =>
            WriteAsync(buffer.AsMemory(offset, count), cancellationToken).AsTask();
    }
}
