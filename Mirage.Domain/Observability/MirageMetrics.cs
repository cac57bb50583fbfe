using System.Diagnostics.Metrics;
using System.Text.Json;
using Mirage.Domain.Votes;

namespace Mirage.Domain.Observability;

/// <summary>
/// Mirage's own instruments, all on the meter <see cref="MeterName"/>. Their tags are small fixed sets (an outcome,
/// a kind), never a name, token, text or id: a metric counts events, it does not record them. An instrument that
/// nothing listens to costs one check per event, so the calls stay in place when metrics are off.
/// </summary>
public sealed class MirageMetrics
{
    public const string MeterName = "Mirage";

    private static readonly KeyValuePair<string, object?>[] LoginTags = Tags<LoginOutcome>("outcome");
    private static readonly KeyValuePair<string, object?>[] LockoutTags = Tags<LockoutScope>("scope");
    private static readonly KeyValuePair<string, object?>[] SessionEndTags = Tags<SessionEnd>("reason");
    private static readonly KeyValuePair<string, object?>[] MessageTags = Tags<MessageKind>("kind");
    private static readonly KeyValuePair<string, object?>[] UploadTags = Tags<UploadOutcome>("outcome");
    private static readonly KeyValuePair<string, object?>[] ImportTags = Tags<ImportStatus>("outcome");
    private static readonly KeyValuePair<string, object?> Up = new("direction", "up");
    private static readonly KeyValuePair<string, object?> Down = new("direction", "down");

    private readonly Counter<long> _logins;
    private readonly Counter<long> _lockouts;
    private readonly Counter<long> _hashesRefused;
    private readonly Counter<long> _sessionsOpened;
    private readonly Counter<long> _sessionsRevoked;
    private readonly Counter<long> _posts;
    private readonly Counter<long> _votes;
    private readonly Counter<long> _votesWithdrawn;
    private readonly Counter<long> _messages;
    private readonly Counter<long> _uploads;
    private readonly Counter<long> _imports;
    private int _hashesQueued;
    private int _hashesRunning;

    public MirageMetrics(IMeterFactory meterFactory)
    {
        var meter = meterFactory.Create(MeterName);
        _logins = meter.CreateCounter<long>("mirage.logins", "{login}", "Sign-in attempts, by outcome.");
        _lockouts = meter.CreateCounter<long>("mirage.lockouts", "{lockout}", "Locks after repeated wrong passwords: of an account, or of one person from one private room.");
        _hashesRefused = meter.CreateCounter<long>("mirage.password_hashes.refused", "{hash}", "Password hashes that no hashing thread started within PasswordHashing:MaxWait (answered 429).");
        meter.CreateObservableUpDownCounter("mirage.password_hashes.queued", () => Volatile.Read(ref _hashesQueued), "{hash}", "Password hashes waiting for a hashing thread.");
        meter.CreateObservableUpDownCounter("mirage.password_hashes.running", () => Volatile.Read(ref _hashesRunning), "{hash}", "Password hashes running on the hashing threads.");
        _sessionsOpened = meter.CreateCounter<long>("mirage.sessions.opened", "{session}", "Sessions opened by a login.");
        _sessionsRevoked = meter.CreateCounter<long>("mirage.sessions.revoked", "{session}", "Sessions ended before their time, by reason.");
        _posts = meter.CreateCounter<long>("mirage.posts", "{post}", "Posts written.");
        _votes = meter.CreateCounter<long>("mirage.votes", "{vote}", "Votes cast or changed, by direction.");
        _votesWithdrawn = meter.CreateCounter<long>("mirage.votes.withdrawn", "{vote}", "Votes withdrawn.");
        _messages = meter.CreateCounter<long>("mirage.messages", "{message}", "Messages sent, by kind (direct or room).");
        _uploads = meter.CreateCounter<long>("mirage.uploads", "{upload}", "File uploads, by outcome.");
        _imports = meter.CreateCounter<long>("mirage.imports", "{import}", "import-legacy runs, by outcome.");
    }

    public void Login(LoginOutcome outcome) => _logins.Add(1, LoginTags[(int)outcome]);

    public void LockedOut(LockoutScope scope) => _lockouts.Add(1, LockoutTags[(int)scope]);

    public void HashQueued() => Interlocked.Increment(ref _hashesQueued);

    /// <param name="started">Whether a thread took it; otherwise its caller stopped waiting.</param>
    public void HashLeftQueue(bool started)
    {
        Interlocked.Decrement(ref _hashesQueued);
        if (started)
        {
            Interlocked.Increment(ref _hashesRunning);
        }
    }

    public void HashFinished() => Interlocked.Decrement(ref _hashesRunning);

    public void HashRefused() => _hashesRefused.Add(1);

    public void SessionOpened() => _sessionsOpened.Add(1);

    public void SessionsRevoked(SessionEnd reason, int count)
    {
        if (count > 0)
        {
            _sessionsRevoked.Add(count, SessionEndTags[(int)reason]);
        }
    }

    public void PostCreated() => _posts.Add(1);

    public void Voted(VoteDirection direction) => _votes.Add(1, direction == VoteDirection.Up ? Up : Down);

    public void VoteWithdrawn() => _votesWithdrawn.Add(1);

    public void MessageSent(MessageKind kind) => _messages.Add(1, MessageTags[(int)kind]);

    public void Upload(UploadOutcome outcome) => _uploads.Add(1, UploadTags[(int)outcome]);

    public void Import(ImportStatus outcome) => _imports.Add(1, ImportTags[(int)outcome]);

    // Indexed by the enum's value, so recording a tag allocates nothing.
    private static KeyValuePair<string, object?>[] Tags<TEnum>(string key)
        where TEnum : struct, Enum =>
        Enum.GetValues<TEnum>().Select(value => new KeyValuePair<string, object?>(key, JsonNamingPolicy.SnakeCaseLower.ConvertName(value.ToString()))).ToArray();
}
