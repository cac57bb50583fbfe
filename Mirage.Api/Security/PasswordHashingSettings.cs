namespace Mirage.Api.Security;

/// <summary>
/// How many password-hashing requests run at once and how many wait; beyond that a request gets a
/// fast 429, so a login flood cannot starve other endpoints of CPU and threads. Section <c>PasswordHashing</c>.
/// </summary>
public sealed class PasswordHashingSettings
{
    public const string SectionName = "PasswordHashing";

    /// <summary>One core fewer than the machine has (at least one), so other requests always have a core.</summary>
    public int MaxConcurrent { get; set; } = Math.Max(1, Environment.ProcessorCount - 1);

    public int MaxQueued { get; set; } = 8 * Environment.ProcessorCount;
}
