using System.Diagnostics;
using System.Net;
using System.Net.Sockets;
using Microsoft.Data.Sqlite;

namespace Mirage.Tests.Api.Persistence;

/// <summary>Runs Mirage as a real process and kills it: what it acknowledged must still be on disk.</summary>
public sealed class CrashDurabilityTests
{
    private readonly string _databasePath = TestDatabase.NewPath("crash");

    [TearDown]
    public void DeleteDatabase() => TestDatabase.Delete(_databasePath);

    [Test]
    public async Task Register_ThenProcessKilled_TheAccountIsStillStored()
    {
        var port = FreePort();
        var baseAddress = new Uri($"http://127.0.0.1:{port}");
        using var server = StartServer(baseAddress);
        using var client = new HttpClient { BaseAddress = baseAddress };
        var username = Names.Unique("durable");

        try
        {
            await WaitUntilUpAsync(client, server);
            using var response = await client.RegisterAsync(username);
            Assert.That(response.StatusCode, Is.EqualTo(HttpStatusCode.Created));
        }
        finally
        {
            server.Kill(entireProcessTree: true);
            await server.WaitForExitAsync();
        }

        Assert.That(await FindUsernameAsync(username), Is.EqualTo(username));
    }

    private Process StartServer(Uri baseAddress)
    {
        var appDirectory = AppContext.BaseDirectory;
        var start = new ProcessStartInfo("dotnet", [Path.Combine(appDirectory, "Mirage.Api.dll")])
        {
            WorkingDirectory = appDirectory,
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
        };
        start.Environment["ASPNETCORE_URLS"] = baseAddress.ToString();
        start.Environment["ConnectionStrings__Mirage"] = $"Data Source={_databasePath}";
        var process = Process.Start(start) ?? throw new InvalidOperationException("could not start Mirage.Api");
        process.OutputDataReceived += (_, _) => { };
        process.ErrorDataReceived += (_, _) => { };
        process.BeginOutputReadLine();
        process.BeginErrorReadLine();
        return process;
    }

    private static async Task WaitUntilUpAsync(HttpClient client, Process server)
    {
        var deadline = DateTime.UtcNow.AddSeconds(60);
        while (DateTime.UtcNow < deadline && !server.HasExited)
        {
            try
            {
                using var ping = await client.GetAsync(Routes.Ping);
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

        Assert.Fail("Mirage.Api did not start listening");
    }

    private async Task<string?> FindUsernameAsync(string username)
    {
        await using var connection = new SqliteConnection($"Data Source={_databasePath};Mode=ReadOnly");
        await connection.OpenAsync();
        await using var command = connection.CreateCommand();
        command.CommandText = "SELECT username FROM users WHERE normalized_username = $name";
        command.Parameters.AddWithValue("$name", username.ToLowerInvariant());
        return (string?)await command.ExecuteScalarAsync();
    }

    private static int FreePort()
    {
        using var listener = new TcpListener(IPAddress.Loopback, 0);
        listener.Start();
        return ((IPEndPoint)listener.LocalEndpoint).Port;
    }
}
