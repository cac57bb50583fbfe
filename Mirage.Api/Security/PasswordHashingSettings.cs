namespace Mirage.Api.Security;

/// <summary>
/// How password hashing shares the CPU; section <c>PasswordHashing</c>. At most <see cref="MaxConcurrent"/>
/// hashing requests run at once and <see cref="MaxQueued"/> wait; beyond that a request gets a fast 429.
/// The hashes run on <see cref="MaxConcurrent"/> dedicated threads at nice value <see cref="Niceness"/>,
/// so a login flood cannot starve other endpoints of CPU and threads.
/// </summary>
public sealed class PasswordHashingSettings
{
    public const string SectionName = "PasswordHashing";

    /// <summary>One per core: the hashing threads' lower priority, not a withheld core, keeps other requests served.</summary>
    public int MaxConcurrent { get; set; } = Environment.ProcessorCount;

    public int MaxQueued { get; set; } = 8 * Environment.ProcessorCount;

    /// <summary>The hashing threads' Linux nice value (0–19; 0 is normal priority). Ignored on other systems.</summary>
    public int Niceness { get; set; } = 10;

    public static PasswordHashingSettings From(IConfiguration configuration) =>
        configuration.GetSection(SectionName).Get<PasswordHashingSettings>() ?? new PasswordHashingSettings();
}
