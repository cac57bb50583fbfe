using Microsoft.AspNetCore.Identity;
using Microsoft.Extensions.Options;
using Mirage.Domain.Passwords;
using Mirage.Domain.Users;

namespace Mirage.Infrastructure.Passwords;

/// <summary>ASP.NET Core Identity's PBKDF2 hasher: salted, slow, constant-time comparison.</summary>
public sealed class IdentityPasswordHasher : Domain.Passwords.IPasswordHasher
{
    /// <summary>OWASP's current figure for PBKDF2-HMAC-SHA512, which Identity's V3 format uses.</summary>
    public const int DefaultIterationCount = 220_000;

    private static readonly User NoUser = new()
    {
        Username = string.Empty,
        NormalizedUsername = string.Empty,
        Email = string.Empty,
        NormalizedEmail = string.Empty,
        PasswordHash = string.Empty,
    };

    private readonly PasswordHasher<User> _hasher;

    public IdentityPasswordHasher(int iterationCount = DefaultIterationCount) =>
        _hasher = new PasswordHasher<User>(Options.Create(new PasswordHasherOptions
        {
            CompatibilityMode = PasswordHasherCompatibilityMode.IdentityV3,
            IterationCount = iterationCount,
        }));

    // Identity's hasher takes the user for extensibility but does not use it.
    public string Hash(string password) => _hasher.HashPassword(NoUser, password);

    public PasswordCheck Verify(string passwordHash, string password)
    {
        try
        {
            return _hasher.VerifyHashedPassword(NoUser, passwordHash, password) switch
            {
                PasswordVerificationResult.Success => PasswordCheck.Success,
                PasswordVerificationResult.SuccessRehashNeeded => PasswordCheck.SuccessRehashNeeded,
                _ => PasswordCheck.Failed,
            };
        }
        catch (FormatException)
        {
            // A hash in a foreign format (say, imported from the first backend) matches no password.
            return PasswordCheck.Failed;
        }
    }
}
