namespace Mirage.Domain.Passwords;

/// <summary>
/// Where the deliberately slow password hashing runs. The server runs it on dedicated threads at a
/// lower CPU priority than request handling, so hashing can use every core while other requests
/// still get the CPU first.
/// </summary>
public interface IPasswordHashingScheduler
{
    /// <summary>Runs <paramref name="work"/> on a hashing thread; the caller continues on its own thread.</summary>
    /// <exception cref="OperationCanceledException">The request was cancelled before its turn came.</exception>
    Task<T> RunAsync<T>(Func<T> work, CancellationToken cancellationToken);
}
