using Mirage.Tests.Api.Support;

namespace Mirage.Tests.Api.Observability;

/// <summary>The server's own console output, as an operator reads it, names the trace id that an error body shows.</summary>
public sealed class ConsoleLogTraceIdTests
{
    private readonly string _path = TestDatabase.NewPath("console-log");

    [TearDown]
    public void DeleteDatabase() => TestDatabase.Delete(_path);

    [Test]
    public async Task FailedLogin_TheConsoleLogLine_CarriesTheTraceIdOfTheErrorBody()
    {
        await using var server = await ServerProcess.StartAsync(new Dictionary<string, string> { ["ConnectionStrings__Mirage"] = $"Data Source={_path}" });
        var ann = await server.Client.RegisterAndLoginAsync();

        using var response = await server.Client.LoginAsync(ann.Username, "not ann's password");

        var traceId = (await response.ShouldBeProblemAsync(401))["trace_id"]!.GetValue<string>().Split('-')[1];
        var deadline = DateTime.UtcNow + TimeSpan.FromSeconds(10);
        while (!server.Output.Contains(traceId, StringComparison.Ordinal) && DateTime.UtcNow < deadline)
        {
            await Task.Delay(100);
        }

        Assert.That(server.Output, Does.Contain(traceId).And.Contain("Failed login"));
    }
}
