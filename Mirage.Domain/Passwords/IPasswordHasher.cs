namespace Mirage.Domain.Passwords;

/// <summary>Slow, salted password hashing. Implementations must compare in constant time.</summary>
public interface IPasswordHasher
{
    string Hash(string password);

    PasswordCheck Verify(string passwordHash, string password);
}
