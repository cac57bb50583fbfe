using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using Mirage.Infrastructure;
using Mirage.Tests.Api.Support;

namespace Mirage.Tests.Api.Observability;

/// <summary>An operator holding an error body's <c>trace_id</c> finds the log lines of that request by it.</summary>
public sealed class RequestLogTraceIdEndpointTests : SqliteApiTest
{
    private readonly RecordingLoggerProvider _logs = new();

    [Test]
    public async Task FailedLogin_ItsLogLine_CarriesTheTraceIdOfTheErrorBody()
    {
        var ann = await Client.RegisterAndLoginAsync();

        using var response = await Client.LoginAsync(ann.Username, "not ann's password");

        var traceId = (await response.ShouldBeProblemAsync(401))["trace_id"]!.GetValue<string>().Split('-');
        var warning = _logs.Lines.Single(line => line.Message.StartsWith("Failed login", StringComparison.Ordinal) && line.Message.Contains(ann.Username));
        using (Assert.EnterMultipleScope())
        {
            Assert.That(warning.Scope("TraceId"), Is.EqualTo(traceId[1]), warning.Text);
            Assert.That(warning.Scope("SpanId"), Is.EqualTo(traceId[2]), warning.Text);
        }
    }

    protected override MirageApiFactory CreateFactory() =>
        new(DatabaseProvider.Sqlite, services => services.AddSingleton<ILoggerProvider>(_logs));
}
