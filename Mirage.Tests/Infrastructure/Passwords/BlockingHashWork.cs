using Mirage.Infrastructure.Passwords;

namespace Mirage.Tests.Infrastructure.Passwords;

/// <summary>Work that occupies one of the hashing threads until the test lets it go.</summary>
public static class BlockingHashWork
{
    private static readonly TimeSpan Patience = TimeSpan.FromSeconds(30);

    /// <returns>Once a thread has started it: the work, which ends when <paramref name="release"/> is set.</returns>
    public static async Task<Task<bool>> StartAsync(PasswordHashingThreads threads, ManualResetEventSlim release)
    {
        var started = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);
        var work = threads.RunAsync(
            () =>
            {
                started.SetResult();
                return release.Wait(TimeSpan.FromMinutes(2));
            },
            CancellationToken.None);
        await started.Task.WaitAsync(Patience);
        return work;
    }
}
