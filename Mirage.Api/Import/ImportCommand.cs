using System.Runtime.InteropServices;
using Mirage.Api.Setup;
using Mirage.Domain.Import;
using Mirage.Domain.Observability;
using Mirage.Infrastructure.Import;
using OpenTelemetry.Metrics;

namespace Mirage.Api.Import;

/// <summary>
/// <c>import-legacy</c>: builds the application with the server's configuration, migrates, imports, and exits
/// without starting the server. Ctrl-C cancels the import, which then leaves the target as it was.
/// </summary>
public static class ImportCommand
{
    public const int Imported = 0;
    public const int Failed = 1;
    public const int Refused = 2;

    /// <summary>The shell's code for a command ended by SIGINT (128 + 2), so scripts can tell Ctrl-C or SIGTERM from a failure.</summary>
    public const int Cancelled = 130;

    public static async Task<int> RunAsync(string[] args)
    {
        var arguments = ImportArguments.Parse(args);
        if (arguments.Help || arguments.Problem is not null)
        {
            (arguments.Help ? Console.Out : Console.Error).WriteLine(arguments.Problem ?? ImportArguments.Usage);
            return arguments.Help ? Imported : Refused;
        }

        using var cancellation = new CancellationTokenSource();

        // SIGTERM too (kill, systemd, docker stop): and a shell starts a background job with SIGINT ignored, which .NET
        // then leaves ignored, so SIGTERM is the signal that always reaches a backgrounded import.
        void Cancel(PosixSignalContext signal)
        {
            signal.Cancel = true;
            cancellation.Cancel();
        }

        using var interrupt = PosixSignalRegistration.Create(PosixSignal.SIGINT, Cancel);
        using var terminate = PosixSignalRegistration.Create(PosixSignal.SIGTERM, Cancel);

        // Configuration from appsettings and the environment only: the import's own arguments are not settings.
        var builder = WebApplication.CreateBuilder();
        builder.AddMirage();

        // The command's own progress lines are the output; the SQL of a million inserts is not.
        builder.Logging.AddFilter("Microsoft.EntityFrameworkCore", LogLevel.Warning);
        await using var app = builder.Build();
        app.ValidateSettings();

        // The server's host starts the meter provider; the import never starts its host, and without this its
        // counts would reach no exporter (disposing the app at the end exports them).
        _ = app.Services.GetService<MeterProvider>();
        return await ImportAsync(app, arguments.Options!, arguments.ReportPath, cancellation.Token);
    }

    private static async Task<int> ImportAsync(WebApplication app, ImportOptions options, string? reportPath, CancellationToken cancellationToken)
    {
        var exitCode = await RunImportAsync(app, options, reportPath, cancellationToken);
        app.Services.GetRequiredService<MirageMetrics>().Import(exitCode switch
        {
            Imported => ImportStatus.Imported,
            Refused => ImportStatus.Refused,
            Cancelled => ImportStatus.Cancelled,
            _ => ImportStatus.Failed,
        });
        return exitCode;
    }

    private static async Task<int> RunImportAsync(WebApplication app, ImportOptions options, string? reportPath, CancellationToken cancellationToken)
    {
        try
        {
            await app.MigrateDatabaseAsync();
            await using var scope = app.Services.CreateAsyncScope();
            var importer = scope.ServiceProvider.GetRequiredService<LegacyImporter>();
            var outcome = await importer.ImportAsync(options, new ConsoleProgress(Console.Out, !Console.IsOutputRedirected), cancellationToken);
            if (outcome.Report is not { } report)
            {
                await Console.Error.WriteLineAsync("Import refused: " + outcome.Refusal);
                return Refused;
            }

            ReportPrinter.Print(report, Console.Out);
            if (reportPath is not null)
            {
                await ReportJson.WriteAsync(report, reportPath, cancellationToken);
                Console.WriteLine($"Report written to {reportPath}.");
            }

            return Imported;
        }
        catch (OperationCanceledException) when (cancellationToken.IsCancellationRequested)
        {
            await Console.Error.WriteLineAsync("Import cancelled, no data was written.");
            return Cancelled;
        }
        catch (Exception e) when (e is not OutOfMemoryException)
        {
            // Whatever went wrong, the transaction was not committed.
            await Console.Error.WriteLineAsync($"Import failed, no data was written: {e.Message}");
            return Failed;
        }
    }
}
