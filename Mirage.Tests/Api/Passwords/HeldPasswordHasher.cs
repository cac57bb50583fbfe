using Mirage.Domain.Passwords;

namespace Mirage.Tests.Api.Passwords;

/// <summary>
/// The real hasher, except that after <see cref="Hold"/> a password check stops on its hashing thread
/// until <see cref="Release"/>: a machine so busy that no hash finishes.
/// </summary>
public sealed class HeldPasswordHasher(IPasswordHasher inner) : IPasswordHasher, IDisposable
{
    private readonly ManualResetEventSlim _released = new(initialState: true);
    private readonly TaskCompletionSource _holding = new(TaskCreationOptions.RunContinuationsAsynchronously);

    /// <summary>Completes once a password check is held.</summary>
    public Task Holding => _holding.Task;

    public void Hold() => _released.Reset();

    public void Release() => _released.Set();

    public string Hash(string password) => inner.Hash(password);

    public PasswordCheck Verify(string passwordHash, string password)
    {
        if (!_released.IsSet)
        {
            _holding.TrySetResult();
            _released.Wait(TimeSpan.FromMinutes(2));
        }

        return inner.Verify(passwordHash, password);
    }

    public void Dispose() => _released.Dispose();
}
