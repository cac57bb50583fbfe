namespace Mirage.Domain.Users;

/// <summary>Hashes and verifies passwords in their NFKC form (see <see cref="PasswordRules.Normalize"/>).</summary>
public class Passwords(IPasswordHasher hasher)
{
    public string Hash(string password) => hasher.Hash(PasswordRules.Normalize(password));

    public PasswordCheck Verify(string passwordHash, string password)
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
