using Mirage.Domain.Passwords;

namespace Mirage.Tests.Builders;

/// <summary>Runs hashing work on the calling thread, for domain tests that do not care where it runs.</summary>
public sealed class InlineHashingScheduler : IPasswordHashingScheduler
{
    public static readonly InlineHashingScheduler Instance = new();

    public Task<T> RunAsync<T>(Func<T> work, CancellationToken cancellationToken) => Task.FromResult(work());
}
