using Mirage.Domain.Users;

namespace Mirage.Domain.Import;

/// <summary>
/// Mirage allows one account per address, ignoring case. Two addresses differing only in case are one mailbox, so
/// the newer account cannot keep it: it gets a placeholder in the reserved <c>.invalid</c> domain (which never
/// receives mail) until its owner sets a real one in their settings. Unusable addresses (empty, too long) too.
/// </summary>
public static class LegacyEmails
{
    public static string Placeholder(long legacyId) => $"legacy-user-{legacyId}@mirage.invalid";

    public static (string Email, string? Reason) Clean(string email, long legacyId) =>
        email.Trim().Length == 0 ? (Placeholder(legacyId), "empty")
        : email.Length > User.EmailMaxLength ? (Placeholder(legacyId), $"longer than {User.EmailMaxLength} characters")
        : (email, null);

    public static Dictionary<long, (string Email, string? Reason)> Assign(IEnumerable<(long Id, string Email)> rows)
    {
        var taken = new HashSet<string>(StringComparer.Ordinal);
        var result = new Dictionary<long, (string Email, string? Reason)>();
        foreach (var (id, email) in rows.OrderBy(r => r.Id))
        {
            var (cleaned, reason) = Clean(email, id);
            result[id] = reason is null && !taken.Add(User.NormalizeEmail(cleaned))
                ? (Placeholder(id), "same address as an older account, ignoring case")
                : (cleaned, reason);
            taken.Add(User.NormalizeEmail(result[id].Email));
        }

        return result;
    }
}
