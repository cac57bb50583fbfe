using Mirage.Domain.Passwords;

namespace Mirage.Infrastructure.Passwords;

/// <summary>
/// Mirage's password hasher: new hashes are <paramref name="inner"/>'s (Identity's), and an account imported
/// from the first Mirage backend still signs in with its Werkzeug hash. A Werkzeug hash that matches asks for
/// a rehash, so the first sign-in replaces it with Identity's format.
/// </summary>
public sealed class WerkzeugPasswordHasher(IPasswordHasher inner) : IPasswordHasher
{
    public string Hash(string password) => inner.Hash(password);

    public PasswordCheck Verify(string passwordHash, string password) =>
        WerkzeugHash.TryParse(passwordHash) switch
        {
            { } werkzeug => werkzeug.Matches(password) ? PasswordCheck.SuccessRehashNeeded : PasswordCheck.Failed,
            null => inner.Verify(passwordHash, password),
        };
}
