using Mirage.Domain.Passwords;

namespace Mirage.Tests.Api.Http;

/// <summary>Counts how often the real hasher is asked to work.</summary>
public sealed class CountingPasswordHasher(IPasswordHasher inner) : IPasswordHasher
{
    private int _calls;

    public int Calls => _calls;

    public string Hash(string password)
    {
        Interlocked.Increment(ref _calls);
        return inner.Hash(password);
    }

    public PasswordCheck Verify(string passwordHash, string password)
    {
        Interlocked.Increment(ref _calls);
        return inner.Verify(passwordHash, password);
    }
}
