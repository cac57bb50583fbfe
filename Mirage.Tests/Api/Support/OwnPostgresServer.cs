using System.Diagnostics;
using System.Net;
using System.Net.Sockets;

namespace Mirage.Tests.Api.Support;

/// <summary>
/// A PostgreSQL server of one fixture's own (its own folder and port, from scripts/throwaway-postgres.sh),
/// for tests that stop and start it: the server the other tests share is never touched.
/// </summary>
public sealed class OwnPostgresServer : IDisposable
{
    private readonly string _directory = $"/tmp/mirage-own-postgres-{Guid.NewGuid():N}";

    private OwnPostgresServer(int port) =>
        ConnectionString = $"Host=127.0.0.1;Port={port};Username=mirage;Database=postgres";

    /// <summary>The server's own database, which only this fixture's Mirage uses.</summary>
    public string ConnectionString { get; }

    public static async Task<OwnPostgresServer> StartAsync()
    {
        using var listener = new TcpListener(IPAddress.Loopback, 0);
        listener.Start();
        var port = ((IPEndPoint)listener.LocalEndpoint).Port;
        listener.Stop();
        var server = new OwnPostgresServer(port);
        await RunAsync($"postgres_start {server._directory} {port}");
        return server;
    }

    /// <summary>A fast shutdown, as an operator's restart does: open sessions are ended, new ones refused.</summary>
    public Task StopAsync() => RunAsync($"postgres_down {_directory}");

    /// <summary>Returns once the server accepts connections again.</summary>
    public Task StartAgainAsync() => RunAsync($"postgres_up {_directory}");

    public void Dispose() => RunAsync($"postgres_stop {_directory}").GetAwaiter().GetResult();

    private static async Task RunAsync(string command)
    {
        var start = new ProcessStartInfo("bash", ["-c", $"source {Script()} && {command}"])
        {
            RedirectStandardError = true,
            RedirectStandardOutput = true,
        };
        using var process = Process.Start(start) ?? throw new InvalidOperationException("could not run bash");
        var error = process.StandardError.ReadToEndAsync();
        await process.StandardOutput.ReadToEndAsync();
        await process.WaitForExitAsync();
        Assert.That(process.ExitCode, Is.Zero, $"{command} failed: {await error}");
    }

    private static string Script()
    {
        for (var directory = new DirectoryInfo(AppContext.BaseDirectory); directory is not null; directory = directory.Parent)
        {
            var script = Path.Combine(directory.FullName, "scripts", "throwaway-postgres.sh");
            if (File.Exists(script))
            {
                return script;
            }
        }

        throw new InvalidOperationException("scripts/throwaway-postgres.sh not found above the test output");
    }
}
