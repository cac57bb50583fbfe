namespace Mirage.Domain.Sessions;

public sealed class SessionPolicy
{
    public const string SectionName = "Sessions";

    /// <summary>How long a session lives after login.</summary>
    public TimeSpan Lifetime { get; set; } = TimeSpan.FromDays(30);

    /// <summary>"Last seen" is written at most this often per session, so reads do not become writes.</summary>
    public TimeSpan LastSeenResolution { get; set; } = TimeSpan.FromMinutes(1);
}
