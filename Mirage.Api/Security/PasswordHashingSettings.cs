namespace Mirage.Api.Security;

/// <summary>
/// How many password-hashing requests run at once and how many wait; beyond that a request gets a
/// fast 429, so a login flood cannot starve other endpoints of CPU and threads. Section <c>PasswordHashing</c>.
/// </summary>
public sealed class PasswordHashingSettings
{
    public const string SectionName = "PasswordHashing";

    public int MaxConcurrent { get; set; } = Environment.ProcessorCount;

    public int MaxQueued { get; set; } = 8 * Environment.ProcessorCount;
}
