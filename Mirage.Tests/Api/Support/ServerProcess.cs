using System.Collections.Concurrent;
using System.Diagnostics;
using System.Globalization;
using System.Net;
using System.Net.Sockets;

namespace Mirage.Tests.Api.Support;

/// <summary>
/// Mirage.Api as a real process on a free loopback port, for what an in-memory host cannot show:
/// a crash, or several servers sharing one database. Its console output is kept for failure messages.
/// </summary>
public sealed class ServerProcess : IAsyncDisposable
{
    private static readonly TimeSpan StartTimeout = TimeSpan.FromSeconds(60);

    private readonly Process _process;
    private readonly ConcurrentQueue<string> _output = new();

    private ServerProcess(Process process, Uri baseAddress)
    {
        _process = process;
        Client = new HttpClient { BaseAddress = baseAddress };
    }

    public HttpClient Client { get; }

    public string Output => string.Join("\n", _output.TakeLast(40));

    /// <summary>Starts the server with the given settings (environment variables, e.g. <c>ConnectionStrings__Mirage</c>) and waits until it answers.</summary>
    public static async Task<ServerProcess> StartAsync(IReadOnlyDictionary<string, string> settings)
    {
        var server = Launch(settings);
        await server.WaitUntilUpAsync();
        return server;
    }

    /// <summary>Starts a server that is expected to stop by itself (a failed start-up); returns its exit code.</summary>
    public static async Task<(int ExitCode, string Output)> RunUntilExitAsync(IReadOnlyDictionary<string, string> settings)
    {
        await using var server = Launch(settings);
        using var timeout = new CancellationTokenSource(StartTimeout);
        await server._process.WaitForExitAsync(timeout.Token);
        server._process.WaitForExit(); // the last lines of output
        return (server._process.ExitCode, string.Join("\n", server._output));
    }

    /// <summary>Sends SIGTERM, as a container runtime or systemd does, and returns the exit code.</summary>
    public async Task<int> TerminateAsync()
    {
        using (var kill = Process.Start("kill", ["-TERM", _process.Id.ToString(CultureInfo.InvariantCulture)]))
        {
            await kill.WaitForExitAsync();
        }

        using var timeout = new CancellationTokenSource(StartTimeout);
        await _process.WaitForExitAsync(timeout.Token);
        return _process.ExitCode;
    }

    private static ServerProcess Launch(IReadOnlyDictionary<string, string> settings)
    {
        var baseAddress = new Uri($"http://127.0.0.1:{FreePort()}");
        var start = new ProcessStartInfo("dotnet", [Path.Combine(AppContext.BaseDirectory, "Mirage.Api.dll")])
        {
            WorkingDirectory = AppContext.BaseDirectory,
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
        };
        start.Environment["ASPNETCORE_URLS"] = baseAddress.ToString();

        // As in the in-process test host: these servers are about processes and databases, not hashing cost.
        start.Environment["Security__PasswordHashIterations"] = MirageApiFactory.TestHashIterations.ToString(CultureInfo.InvariantCulture);
        start.Environment["Limits__RequestTimeout"] = "00:05:00";
        foreach (var (key, value) in settings)
        {
            start.Environment[key] = value;
        }

        var server = new ServerProcess(Process.Start(start) ?? throw new InvalidOperationException("could not start Mirage.Api"), baseAddress);
        server._process.OutputDataReceived += (_, line) => server.Keep(line.Data);
        server._process.ErrorDataReceived += (_, line) => server.Keep(line.Data);
        server._process.BeginOutputReadLine();
        server._process.BeginErrorReadLine();
        return server;
    }

    public async Task KillAsync()
    {
        if (!_process.HasExited)
        {
            _process.Kill(entireProcessTree: true);
        }

        await _process.WaitForExitAsync();
    }

    public async ValueTask DisposeAsync()
    {
        await KillAsync();
        Client.Dispose();
        _process.Dispose();
    }

    private void Keep(string? line)
    {
        if (line is not null)
        {
            _output.Enqueue(line);
        }
    }

    private async Task WaitUntilUpAsync()
    {
        var deadline = DateTime.UtcNow + StartTimeout;
        while (DateTime.UtcNow < deadline && !_process.HasExited)
        {
            try
            {
                using var ping = await Client.GetAsync(Routes.Ping);
                if (ping.IsSuccessStatusCode)
                {
                    return;
                }
            }
            catch (HttpRequestException)
            {
                // Not listening yet.
            }

            await Task.Delay(200);
        }

        await KillAsync();
        Assert.Fail($"Mirage.Api did not start listening. Its output:\n{Output}");
    }

    private static int FreePort()
    {
        using var listener = new TcpListener(IPAddress.Loopback, 0);
        listener.Start();
        return ((IPEndPoint)listener.LocalEndpoint).Port;
    }
}
