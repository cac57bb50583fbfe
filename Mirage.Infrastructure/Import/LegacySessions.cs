using Mirage.Domain.Sessions;

namespace Mirage.Infrastructure.Import;

/// <summary>
/// With <c>--keep-sessions</c>, a legacy login token becomes a Mirage session, stored only as its hash like every
/// session, so a web client signed in to the first backend stays signed in. Off by default: the first backend kept
/// tokens in the clear (and published them in old versions), so anyone holding a copy of the old file could use them.
/// </summary>
public sealed class LegacySessions(ISessionTokenGenerator tokens, SessionPolicy policy, bool keep)
{
    public const string Table = "sessions";

    private readonly HashSet<string> _seen = new(StringComparer.Ordinal);

    public async Task AddAsync(ImportRun run, long userId, string? token)
    {
        if (!keep || string.IsNullOrEmpty(token))
        {
            return;
        }

        var counts = run.Report.Table(Table);
        counts.CountRead();
        var tokenHash = tokens.Hash(token);
        if (!_seen.Add(tokenHash))
        {
            // A token two accounts share would sign one of them in as the other.
            counts.Skip("token shared with another account");
            return;
        }

        var session = new Session
        {
            Id = Guid.NewGuid(),
            UserId = userId,
            TokenHash = tokenHash,
            CreatedAt = run.Now,
            LastSeenAt = run.Now,
            ExpiresAt = run.Now + policy.AbsoluteTimeout,
            UserAgent = "imported from the first Mirage",
        };
        await run.AddAsync(session, counts);
        run.Report.SessionsKept++;
    }
}
