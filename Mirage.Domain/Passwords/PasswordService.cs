namespace Mirage.Domain.Passwords;

/// <summary>
/// Hashes and verifies passwords in their NFKC form (see <see cref="PasswordRules.Normalize"/>), on the
/// password-hashing threads rather than the caller's.
/// </summary>
public class PasswordService(IPasswordHasher hasher, IPasswordHashingScheduler scheduler)
{
    public Task<string> HashAsync(string password, CancellationToken cancellationToken) =>
        scheduler.RunAsync(() => hasher.Hash(PasswordRules.Normalize(password)), cancellationToken);

    public Task<PasswordCheck> VerifyAsync(string passwordHash, string password, CancellationToken cancellationToken) =>
        scheduler.RunAsync(() => Verify(passwordHash, password), cancellationToken);

    private PasswordCheck Verify(string passwordHash, string password)
    {
        var normalized = PasswordRules.Normalize(password);
        var check = hasher.Verify(passwordHash, normalized);
        if (check != PasswordCheck.Failed || normalized == password)
        {
            return check;
        }

        // A hash made before passwords were normalised holds the password as typed; upgrade it on success.
        return hasher.Verify(passwordHash, password) == PasswordCheck.Failed ? PasswordCheck.Failed : PasswordCheck.SuccessRehashNeeded;
    }
}
