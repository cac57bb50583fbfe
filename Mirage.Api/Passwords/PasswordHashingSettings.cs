namespace Mirage.Api.Passwords;

/// <summary>
/// How password hashing shares the CPU; section <c>PasswordHashing</c>. At most <see cref="MaxConcurrent"/>
/// + <see cref="MaxQueued"/> hashing requests are in the server at once; beyond that a request gets a fast 429.
/// None waits to be let in, so a request's only wait is for a hashing thread, and <see cref="MaxWait"/> bounds it.
/// The hashes run on <see cref="Threads"/> dedicated threads at nice value <see cref="Niceness"/>, so a login
/// flood cannot starve other endpoints of CPU and threads.
/// </summary>
public sealed class PasswordHashingSettings
{
    public const string SectionName = "PasswordHashing";

    /// <summary>
    /// With <see cref="MaxQueued"/>, how many hashing requests are let in at once: only the sum counts. The
    /// rate limiter queues none, since a request waiting in its queue would wait outside <see cref="MaxWait"/>;
    /// the two stay separate settings so existing configurations keep their total.
    /// </summary>
    public int MaxConcurrent { get; set; } = 2 * Environment.ProcessorCount;

    /// <summary>
    /// Added to <see cref="MaxConcurrent"/>. Of the requests let in, those that find every hashing thread busy
    /// queue at the threads, each for at most <see cref="MaxWait"/>.
    /// </summary>
    public int MaxQueued { get; set; } = 8 * Environment.ProcessorCount;

    /// <summary>One per core: their lower priority, not a withheld core, keeps other requests served.</summary>
    public int Threads { get; set; } = Environment.ProcessorCount;

    /// <summary>The hashing threads' Linux nice value (0–19; 0 is normal priority). Ignored on other systems.</summary>
    public int Niceness { get; set; } = 10;

    /// <summary>
    /// How long a request may wait for a hashing thread to start its hash, counted from when it asks for the
    /// hash and including any wait for room in the threads' queue, before it gets a 429: at low priority the
    /// threads get little CPU while other requests keep every core busy. A request that hashes twice (a password
    /// change, a login that upgrades an old hash) may wait this long for each.
    /// </summary>
    public TimeSpan MaxWait { get; set; } = TimeSpan.FromSeconds(5);

    /// <summary>The longest finite <see cref="MaxWait"/>: a day is far past any client's patience (timers allow about 49 days).</summary>
    public static readonly TimeSpan LongestMaxWait = TimeSpan.FromDays(1);

    /// <summary>Why these values would only fail at the first login, or <c>null</c> when they are sound.</summary>
    public string? Problem =>
        MaxConcurrent < 1 || MaxQueued < 0 || (long)MaxConcurrent + MaxQueued > int.MaxValue
        || Threads < 1 || Niceness is < 0 or > 19
        || (MaxWait != Timeout.InfiniteTimeSpan && (MaxWait <= TimeSpan.Zero || MaxWait > LongestMaxWait))
            ? $"{SectionName}: MaxConcurrent and Threads must be at least 1, MaxQueued at least 0 (their sum at most {int.MaxValue}), "
              + $"Niceness 0 to 19, MaxWait above zero and at most {LongestMaxWait} (or {Timeout.InfiniteTimeSpan} for no limit)."
            : null;

    /// <summary>How many hashing requests the rate limiter lets in at once.</summary>
    public int AdmittedAtOnce => MaxConcurrent + MaxQueued;
}
