namespace Mirage.Api.Security;

/// <summary>
/// How password hashing shares the CPU; section <c>PasswordHashing</c>. At most <see cref="MaxConcurrent"/>
/// hashing requests run at once and <see cref="MaxQueued"/> wait; beyond that a request gets a fast 429.
/// The hashes themselves run on <see cref="Threads"/> dedicated threads at nice value <see cref="Niceness"/>,
/// so a login flood cannot starve other endpoints of CPU and threads.
/// </summary>
public sealed class PasswordHashingSettings
{
    public const string SectionName = "PasswordHashing";

    /// <summary>
    /// Two per hashing thread: while one request does its database work before or after its hash, the
    /// next one's hash is already waiting, so no hashing thread idles under load.
    /// </summary>
    public int MaxConcurrent { get; set; } = 2 * Environment.ProcessorCount;

    public int MaxQueued { get; set; } = 8 * Environment.ProcessorCount;

    /// <summary>One per core: their lower priority, not a withheld core, keeps other requests served.</summary>
    public int Threads { get; set; } = Environment.ProcessorCount;

    /// <summary>The hashing threads' Linux nice value (0–19; 0 is normal priority). Ignored on other systems.</summary>
    public int Niceness { get; set; } = 10;

    /// <summary>
    /// How long an admitted request may wait for a hashing thread before it gets a 429: at low priority
    /// the threads get little CPU while other requests keep every core busy.
    /// </summary>
    public TimeSpan MaxWait { get; set; } = TimeSpan.FromSeconds(5);

    /// <summary>Reads the section and refuses values that would only fail at the first login.</summary>
    public static PasswordHashingSettings From(IConfiguration configuration)
    {
        var settings = configuration.GetSection(SectionName).Get<PasswordHashingSettings>() ?? new PasswordHashingSettings();
        if (settings.MaxConcurrent < 1 || settings.MaxQueued < 0 || settings.Threads < 1 || settings.Niceness is < 0 or > 19
            || (settings.MaxWait <= TimeSpan.Zero && settings.MaxWait != Timeout.InfiniteTimeSpan))
        {
            throw new InvalidOperationException(
                $"{SectionName}: MaxConcurrent and Threads must be at least 1, MaxQueued at least 0, Niceness 0 to 19, MaxWait above zero.");
        }

        return settings;
    }
}
