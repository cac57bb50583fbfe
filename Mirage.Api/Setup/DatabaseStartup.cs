using System.Data.Common;
using System.Diagnostics;
using Microsoft.Extensions.Options;
using Mirage.Infrastructure.Persistence;

namespace Mirage.Api.Setup;

/// <summary>
/// Migrates the database at start-up. A database that cannot be opened (unreachable server, missing
/// directory, unreadable or corrupt file) stops the start-up with one log line naming the cause and no
/// stack trace; an unreachable one is first tried again, for up to <see cref="HostingSettings.WaitForDatabase"/>
/// after the first failure.
/// </summary>
public static partial class DatabaseStartup
{
    private static readonly TimeSpan Pause = TimeSpan.FromSeconds(1);

    /// <returns>Whether the database is ready; when not, the reason has been logged.</returns>
    public static async Task<bool> TryMigrateDatabaseAsync(this WebApplication app)
    {
        var wait = app.Services.GetRequiredService<IOptions<HostingSettings>>().Value.WaitForDatabase;
        var logger = app.Services.GetRequiredService<ILoggerFactory>().CreateLogger(typeof(DatabaseStartup));
        // From the first failure: building the model before the first attempt can itself take seconds.
        Stopwatch? waited = null;
        while (true)
        {
            try
            {
                await app.MigrateDatabaseAsync();
                return true;
            }
            catch (Exception e) when (Cause(e) is { } cause)
            {
                waited ??= Stopwatch.StartNew();
                var left = wait - waited.Elapsed;
                if (DatabaseFaults.Classify(e) != DatabaseFault.Unavailable || left <= TimeSpan.Zero)
                {
                    LogCannotStart(logger, cause.Message);
                    return false;
                }

                LogWaiting(logger, cause.Message);
                await Task.Delay(left < Pause ? left : Pause, app.Lifetime.ApplicationStopping);
            }
        }
    }

    private static DbException? Cause(Exception exception) =>
        exception as DbException ?? (exception.InnerException is { } inner ? Cause(inner) : null);

    [LoggerMessage(EventId = 1, Level = LogLevel.Critical, Message = "Mirage cannot start: the database could not be opened ({Reason}). Check Database:Provider and ConnectionStrings:Mirage.")]
    private static partial void LogCannotStart(ILogger logger, string reason);

    [LoggerMessage(EventId = 2, Level = LogLevel.Warning, Message = "Waiting for the database ({Reason}).")]
    private static partial void LogWaiting(ILogger logger, string reason);
}
