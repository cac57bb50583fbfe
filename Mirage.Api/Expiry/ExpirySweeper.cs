using Microsoft.Extensions.Options;
using Mirage.Domain.Common;
using Mirage.Domain.Rooms;

namespace Mirage.Api.Expiry;

/// <summary>
/// Every Rooms:ExpirySweepInterval, runs each registered <see cref="IExpirySweep"/> in a scope of its own.
/// Reads never depend on it (they filter expired rows), so a failed sweep is logged and tried again next time.
/// </summary>
public sealed partial class ExpirySweeper(
    IServiceScopeFactory scopes, IOptions<RoomPolicy> policy, TimeProvider clock, ILogger<ExpirySweeper> logger) : BackgroundService
{
    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        using var timer = new PeriodicTimer(policy.Value.ExpirySweepInterval, clock);
        try
        {
            while (await timer.WaitForNextTickAsync(stoppingToken))
            {
                await SweepAllAsync(stoppingToken);
            }
        }
        catch (OperationCanceledException) when (stoppingToken.IsCancellationRequested)
        {
            // The host is stopping.
        }
    }

    private async Task SweepAllAsync(CancellationToken stoppingToken)
    {
        await using var scope = scopes.CreateAsyncScope();
        foreach (var sweep in scope.ServiceProvider.GetServices<IExpirySweep>())
        {
            try
            {
                var deleted = await sweep.SweepAsync(clock.GetUtcNow().UtcDateTime, stoppingToken);
                LogSwept(logger, deleted, sweep.GetType().Name);
            }
            catch (Exception exception) when (exception is not OperationCanceledException)
            {
                LogFailed(logger, exception, sweep.GetType().Name);
            }
        }
    }

    [LoggerMessage(EventId = 700, Level = LogLevel.Debug, Message = "Deleted {Count} expired items ({Sweep})")]
    private static partial void LogSwept(ILogger logger, int count, string sweep);

    [LoggerMessage(EventId = 701, Level = LogLevel.Warning, Message = "Expiry sweep {Sweep} failed; it runs again next interval")]
    private static partial void LogFailed(ILogger logger, Exception exception, string sweep);
}
